// One 異動 as one transaction (changewriter.h).
#include "changewriter.h"

#include "partydirectory.h"

#include "changerules.h"
#include "personfields.h"
#include "residentstore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "shared/api/errorcode.h"
#include "shared/api/resident/errors.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace kikan::resident {

QJsonObject ChangeOutcome::toJson() const
{
    QJsonArray parties;
    for (qint64 p : partyNos)
        parties.append(p);
    QJsonArray versions;
    for (const HouseholdVersion &h : households) {
        versions.append(QJsonObject{{QStringLiteral("householdNo"), h.householdNo},
                                    {QStringLiteral("version"), h.version}});
    }
    return {{QStringLiteral("changeId"), changeId},
            {QStringLiteral("notificationNo"), notificationNo ? QJsonValue(notificationNo)
                                                              : QJsonValue()},
            {QStringLiteral("partyNos"), parties},
            {QStringLiteral("households"), versions},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

ChangeWriter::ChangeWriter(core::ServerContext &context, const core::Actor &actor,
                           const ChangeHeader &header, store::Transaction &tx)
    : m_header(header), m_tx(tx)
{
    m_today = core::processingDate(context.clock);
    m_now = core::timestamp(context.clock.now());
    m_userId = actor.userId;
    m_codes = &CodeTables::instance().on(header.effectiveDate);
    m_kind = changeKindOn(*m_codes, header.kind);
    m_outcome.warnings = checkChangeDates(*m_codes, m_kind, header.effectiveDate,
                                          header.notifiedDate, m_today);
    if (m_kind.notified)
        m_outcome.notificationNo = nextNumber(db(), QStringLiteral("notification_no"));
    insertChange();
}

void ChangeWriter::insertChange()
{
    const QDate notified = m_kind.notified ? m_header.notifiedDate : QDate();
    m_outcome.changeId = store::insertReturningId(
        db(),
        QStringLiteral("INSERT INTO resident_changes (change_kind, reason_code, effective_date, "
                       "notified_date, notification_no, detail, recorded_at, recorded_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_kind.code, m_kind.reason, core::isoDate(m_header.effectiveDate),
         notified.isValid() ? QVariant(core::isoDate(notified))
                            : QVariant(QMetaType(QMetaType::QString)),
         m_outcome.notificationNo ? QVariant(m_outcome.notificationNo)
                                  : QVariant(QMetaType(QMetaType::LongLong)),
         QString::fromUtf8(m_header.entered), m_now, m_userId});
}

void ChangeWriter::claimHousehold(const VersionedNo &household)
{
    const qint64 no = household.no;
    if (m_claimed.contains(no))
        return;
    if (!resident::claimHousehold(db(), no, household.version)) {
        throw core::Failure(
            api::err::ResidentConflict,
            QStringLiteral("世帯番号 %1 の世帯は、照会した後に他の端末で更新されています"
                           "（照会時の版 %2、現在の版 %3）。もう一度照会してからやり直してください。")
                .arg(no).arg(household.version).arg(householdVersion(db(), no)));
    }
    m_claimed.insert(no);
    m_touched.append(no);
}

qint64 ChangeWriter::claimRequestHousehold()
{
    claimHousehold(m_header.household);
    return m_header.household.no;
}

void ChangeWriter::claimPerson(const VersionedNo &person)
{
    if (!resident::claimPerson(db(), person.no, person.version)) {
        const int now = personVersion(db(), person.no);
        if (now == 0) {
            refuse(QStringLiteral("partyNo"),
                   QStringLiteral("宛名番号 %1 の住民票はありません。").arg(person.no));
        }
        throw core::Failure(
            api::err::ResidentConflict,
            QStringLiteral("宛名番号 %1 の人の住民票は、照会した後に他の端末で更新されています"
                           "（照会時の版 %2、現在の版 %3）。もう一度照会してからやり直してください。")
                .arg(person.no).arg(person.version).arg(now));
    }
    m_versionedPersons.insert(person.no);
}

qint64 ChangeWriter::newHousehold()
{
    const qint64 no = createHousehold(db(), m_now);
    m_claimed.insert(no);
    m_touched.append(no);
    return no;
}

qint64 ChangeWriter::newParty()
{
    return createParty(db(), m_now);
}

ResidentRecord ChangeWriter::current(qint64 partyNo, const QString &field)
{
    const std::optional<ResidentRecord> r = latestRecord(db(), partyNo);
    if (!r) {
        throw core::Failure::invalidField(
            field, QStringLiteral("宛名番号 %1 の住民票はありません。").arg(partyNo));
    }
    if (!m_claimed.contains(r->householdNo)) {
        throw core::Failure::invalidField(
            field, QStringLiteral("宛名番号 %1 の人は世帯番号 %2 の世帯員です。その世帯を指定して"
                                  "ください。").arg(partyNo).arg(r->householdNo));
    }
    return *r;
}

ResidentRecord ChangeWriter::currentResident(qint64 partyNo, const QString &field)
{
    const ResidentRecord r = current(partyNo, field);
    requireResident(r, field);
    return r;
}

void ChangeWriter::write(ResidentRecord next)
{
    if (!m_claimed.contains(next.householdNo)) {
        throw core::Failure(api::err::Internal,
                             QStringLiteral("世帯番号 %1 が確保されていません。").arg(next.householdNo));
    }
    if (const std::optional<ResidentRecord> latest = latestRecord(db(), next.partyNo)) {
        checkNotBeforeLatest(next.partyNo, latest->validFrom, effectiveDate());
        closeRecord(db(), latest->id, effectiveDate());
    }
    next.validFrom = effectiveDate();
    next.validTo = QDate();
    insertRow(next);
}

void ChangeWriter::insertRow(ResidentRecord row)
{
    row.id = 0;
    row.changeId = m_outcome.changeId;
    row.recordedAt = m_now;
    row.supersededAt.clear();
    row.supersededByChangeId = 0;
    insertRecord(db(), row);
    if (!m_versionedPersons.contains(row.partyNo)) { // one new version per person and change
        bumpPerson(db(), row.partyNo);
        m_versionedPersons.insert(row.partyNo);
    }
    if (!m_outcome.partyNos.contains(row.partyNo))
        m_outcome.partyNos.append(row.partyNo);
    if (!m_touched.contains(row.householdNo)) {
        bumpHousehold(db(), row.householdNo);
        m_touched.append(row.householdNo);
    }
}

void ChangeWriter::supersede(const ResidentRecord &row)
{
    supersedeRecord(db(), row.id, m_now, m_outcome.changeId);
}

void ChangeWriter::reopen(const ResidentRecord &row)
{
    supersede(row);
    ResidentRecord copy = row;
    copy.validTo = QDate();
    insertRow(copy);
}

int ChangeWriter::nextEntryOrder(qint64 householdNo)
{
    QSqlQuery q = store::exec(db(), QStringLiteral("SELECT COALESCE(MAX(entry_order), 0) + 1 FROM "
                                                   "resident_records WHERE household_no = ? AND "
                                                   "superseded_at IS NULL"),
                              {householdNo});
    q.next();
    return q.value(0).toInt();
}

void ChangeWriter::setCancels(qint64 changeId)
{
    store::exec(db(), QStringLiteral("UPDATE resident_changes SET cancels_change_id = ? "
                                     "WHERE id = ?"),
                {changeId, m_outcome.changeId});
}

ChangeOutcome ChangeWriter::finish()
{
    for (qint64 h : std::as_const(m_touched))
        checkHouseholder(h, householdLatest(db(), h));
    if (!m_touched.isEmpty()) {
        store::exec(db(), QStringLiteral("UPDATE resident_changes SET household_no = ? "
                                         "WHERE id = ?"),
                    {m_touched.first(), m_outcome.changeId});
    }
    for (qint64 h : std::as_const(m_touched))
        m_outcome.households.append({h, householdVersion(db(), h)});
    return m_outcome; // the caller commits, together with the operation log entry
}

ResidentRecord &PersonStates::resident(qint64 partyNo, const QString &field)
{
    if (!m_states.contains(partyNo)) {
        m_states.insert(partyNo, m_writer.currentResident(partyNo, field));
        m_order.append(partyNo);
    }
    return m_states[partyNo];
}

ResidentRecord &PersonStates::add(const ResidentRecord &record)
{
    if (!m_states.contains(record.partyNo))
        m_order.append(record.partyNo);
    m_states.insert(record.partyNo, record);
    return m_states[record.partyNo];
}

QList<qint64> PersonStates::applyRelationships(const QList<RelationshipEntry> &entries)
{
    QList<qint64> named;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("relationships[%1]").arg(i);
        const RelationshipEntry &e = entries.at(i);
        ResidentRecord &r = resident(e.partyNo, path + QStringLiteral(".partyNo"));
        applyRelationship(r, e.relationship, path, m_writer.codes());
        named.append(e.partyNo);
    }
    return named;
}

void PersonStates::writeAll()
{
    for (qint64 p : std::as_const(m_order))
        m_writer.write(m_states.value(p));
}

namespace {
// The log entry's facts: what the kind noted, the change, its date, persons and households.
QJsonObject changeDetail(const ChangeWriter &writer, const QString &kindCode,
                         const QJsonObject &answer)
{
    QJsonObject detail = writer.logDetail();
    detail.insert(QStringLiteral("kind"), kindCode);
    detail.insert(QStringLiteral("changeId"), answer.value(QStringLiteral("changeId")));
    detail.insert(QStringLiteral("effectiveDate"), core::isoDate(writer.effectiveDate()));
    detail.insert(QStringLiteral("partyNos"), answer.value(QStringLiteral("partyNos")));
    detail.insert(QStringLiteral("households"), answer.value(QStringLiteral("households")));
    return detail;
}

QString changeEvent(const QString &kindCode)
{
    return QStringLiteral("resident.") + kindCode;
}
} // namespace

ChangeOutcome runChange(core::ServerContext &context, const core::Actor &actor,
                        const ChangeHeader &header, const ChangeBody &body)
{
    try {
        store::Transaction tx(context.database);
        ChangeWriter writer(context, actor, header, tx);
        body(writer);
        const ChangeOutcome out = writer.finish();
        // The change and its log entry are one transaction: a change is never saved unlogged.
        context.audit.append(audit::AuditEntry::about(
                                 actor, audit::LogKind::Operation, changeEvent(header.kind),
                                 QStringLiteral("change:%1").arg(out.changeId),
                                 changeDetail(writer, header.kind, out.toJson())),
                             tx);
        tx.commit();
        // Other areas (印鑑登録, 選挙人名簿, every tax's 宛名) react once the change is committed;
        // the event is read back only when one listens, and a failure there is not the change's.
        context.events.publishWith<party::PartyChanged>(
            [&] { return partyChangedOf(context.database.connection(), out.changeId); });
        return out;
    } catch (const core::Failure &error) {
        logRefusedChange(context, actor, header.kind, error);
        throw;
    }
}

void logRefusedChange(core::ServerContext &context, const core::Actor &actor,
                      const QString &kindCode, const core::Failure &error)
{
    QJsonObject detail{{QStringLiteral("kind"), kindCode},
                       {QStringLiteral("error"), error.code()}};
    if (error.extra().contains(QStringLiteral("fields")))
        detail.insert(QStringLiteral("fields"), error.extra().value(QStringLiteral("fields")));
    context.audit.record(actor, audit::LogKind::Operation, changeEvent(kindCode),
                         QStringLiteral("change"), detail, false);
}

} // namespace kikan::resident
