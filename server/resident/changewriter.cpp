// One 異動 as one transaction (changewriter.h).
#include "changewriter.h"

#include "partydirectory.h"

#include "personinput.h"
#include "residentstore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "shared/api/errorcode.h"
#include "shared/api/resident/errors.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace kikan::resident {

namespace {
QString jaDate(QDate d)
{
    return d.toString(QStringLiteral("yyyy年M月d日"));
}
} // namespace

QJsonObject ChangeOutcome::toJson(QSqlDatabase db) const
{
    QJsonArray parties;
    for (qint64 p : partyNos)
        parties.append(p);
    QJsonArray households;
    for (qint64 h : householdNos) {
        households.append(QJsonObject{{QStringLiteral("householdNo"), h},
                                      {QStringLiteral("version"), householdVersion(db, h)}});
    }
    return {{QStringLiteral("changeId"), changeId},
            {QStringLiteral("notificationNo"), notificationNo ? QJsonValue(notificationNo)
                                                              : QJsonValue()},
            {QStringLiteral("partyNos"), parties},
            {QStringLiteral("households"), households},
            {QStringLiteral("warnings"), warnings}};
}

ChangeWriter::ChangeWriter(core::ServerContext &context, const http::Request &request,
                           const QString &kindCode, const QJsonObject &body,
                           store::Transaction &tx)
    : m_context(context), m_body(body), m_tx(tx)
{
    m_today = core::processingDate(context.clock);
    m_now = core::timestamp(context.clock.now());
    m_userId = request.who().userId;
    m_effective = readDate(body, QStringLiteral("effectiveDate"), {}, true);
    m_codes = &CodeTables::instance().on(m_effective);
    const ChangeKindInfo *kind = m_codes->changeKind(kindCode);
    if (!kind) {
        throw core::Failure::invalidField(QStringLiteral("effectiveDate"),
                                           QStringLiteral("この日付には「%1」の異動がありません。")
                                               .arg(kindCode));
    }
    m_kind = *kind;
    if (m_kind.notified)
        m_notified = readDate(body, QStringLiteral("notifiedDate"), {}, true);
    checkDates();
    if (m_kind.notified)
        m_outcome.notificationNo = nextNumber(db(), QStringLiteral("notification_no"));
    m_outcome.changeId = store::insertReturningId(
        db(),
        QStringLiteral("INSERT INTO resident_changes (change_kind, reason_code, effective_date, "
                       "notified_date, notification_no, detail, recorded_at, recorded_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_kind.code, m_kind.reason, core::isoDate(m_effective),
         m_notified.isValid() ? QVariant(core::isoDate(m_notified))
                              : QVariant(QMetaType(QMetaType::QString)),
         m_outcome.notificationNo ? QVariant(m_outcome.notificationNo)
                                  : QVariant(QMetaType(QMetaType::LongLong)),
         QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)), m_now,
         m_userId});
}

void ChangeWriter::checkDates()
{
    const QString eff = QStringLiteral("effectiveDate");
    if (!m_kind.notified) {
        if (m_effective > m_today) {
            throw core::Failure::invalidField(
                eff, QStringLiteral("異動日（%1）が処理日（%2）より後です。")
                         .arg(jaDate(m_effective), jaDate(m_today)));
        }
        return;
    }
    if (m_notified > m_today) {
        throw core::Failure::invalidField(
            QStringLiteral("notifiedDate"), QStringLiteral("届出日（%1）が処理日（%2）より後です。")
                                                .arg(jaDate(m_notified), jaDate(m_today)));
    }
    if (m_kind.code == QLatin1String("move_out")) {
        // 法第24条: 転出届は転出の前にもできる (転出予定日).
        if (m_notified.daysTo(m_effective) > m_codes->moveOutAdvanceDays) {
            throw core::Failure::invalidField(
                eff, QStringLiteral("転出予定日は届出日から%1日以内にしてください。")
                         .arg(m_codes->moveOutAdvanceDays));
        }
    } else if (m_effective > m_notified) {
        throw core::Failure::invalidField(
            eff, QStringLiteral("異動日（%1）は届出日（%2）以前の日付にしてください。")
                     .arg(jaDate(m_effective), jaDate(m_notified)));
    }
    const qint64 late = m_effective.daysTo(m_notified);
    if (late > m_codes->notificationPeriodDays) {
        warn(QStringLiteral("届出期間（異動日から%1日以内）を過ぎた届出です（%2日後）。"
                            "法第52条の通知の要否を確認してください。")
                 .arg(m_codes->notificationPeriodDays).arg(late));
    }
}

void ChangeWriter::claimHousehold(qint64 householdNo, const QString &versionField)
{
    if (m_claimed.contains(householdNo))
        return;
    const int version = readVersion(m_body, versionField);
    if (!resident::claimHousehold(db(), householdNo, version)) {
        throw core::Failure(
            api::err::ResidentConflict,
            QStringLiteral("世帯番号 %1 の世帯は、照会した後に他の端末で更新されています"
                           "（照会時の版 %2、現在の版 %3）。もう一度照会してからやり直してください。")
                .arg(householdNo).arg(version).arg(householdVersion(db(), householdNo)));
    }
    m_claimed.insert(householdNo);
    m_touched.append(householdNo);
}

void ChangeWriter::claimPerson(qint64 partyNo)
{
    // Missing or malformed: the same 422 naming the field as a missing household version.
    const int version = readVersion(m_body, QStringLiteral("personVersion"));
    if (!resident::claimPerson(db(), partyNo, version)) {
        const int now = personVersion(db(), partyNo);
        if (now == 0) {
            throw core::Failure::invalidField(
                QStringLiteral("partyNo"),
                QStringLiteral("宛名番号 %1 の住民票はありません。").arg(partyNo));
        }
        throw core::Failure(
            api::err::ResidentConflict,
            QStringLiteral("宛名番号 %1 の人の住民票は、照会した後に他の端末で更新されています"
                           "（照会時の版 %2、現在の版 %3）。もう一度照会してからやり直してください。")
                .arg(partyNo).arg(version).arg(now));
    }
    m_versionedPersons.insert(partyNo);
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
    const QString who = QStringLiteral("宛名番号 %1 の人は").arg(partyNo);
    const QString since = jaDate(r.validFrom);
    switch (r.status) {
    case ResidentStatus::Resident:
        return r;
    case ResidentStatus::MovedOut:
        refuseState(field, who + QStringLiteral("%1 付けですでに転出しています。").arg(since));
    case ResidentStatus::Deceased:
        refuseState(field, who + QStringLiteral("%1 に死亡しています。").arg(since));
    case ResidentStatus::Removed:
        break;
    }
    refuseState(field, who + QStringLiteral("%1 付けで消除されています。").arg(since));
}

void ChangeWriter::write(ResidentRecord next)
{
    if (!m_claimed.contains(next.householdNo)) {
        throw core::Failure(api::err::Internal,
                             QStringLiteral("世帯番号 %1 が確保されていません。").arg(next.householdNo));
    }
    if (const std::optional<ResidentRecord> latest = latestRecord(db(), next.partyNo)) {
        if (m_effective < latest->validFrom) {
            throw core::Failure::invalidField(
                QStringLiteral("effectiveDate"),
                QStringLiteral("宛名番号 %1 の人には %2 付けの異動がすでにあります。それより前の"
                               "日付の異動は訂正で入力してください。")
                    .arg(next.partyNo).arg(jaDate(latest->validFrom)));
        }
        closeRecord(db(), latest->id, m_effective);
    }
    next.validFrom = m_effective;
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

void ChangeWriter::checkHouseholds()
{
    for (qint64 h : std::as_const(m_touched)) {
        const QList<ResidentRecord> members = householdLatest(db(), h);
        if (members.isEmpty())
            continue;
        const auto heads = std::count_if(
            members.begin(), members.end(),
            [](const ResidentRecord &r) { return r.isHouseholder(); });
        if (heads == 0) {
            throw core::Failure::invalidField(
                QStringLiteral("householder"),
                QStringLiteral("世帯番号 %1 の世帯に世帯主がいなくなります。新しい世帯主と続柄を"
                               "入力してください。").arg(h));
        }
        if (heads > 1) {
            throw core::Failure::invalidField(
                QStringLiteral("householder"),
                QStringLiteral("世帯番号 %1 の世帯に世帯主が%2人になります。続柄を見直してください。")
                    .arg(h).arg(heads));
        }
    }
}

ChangeOutcome ChangeWriter::finish()
{
    checkHouseholds();
    if (!m_touched.isEmpty()) {
        store::exec(db(), QStringLiteral("UPDATE resident_changes SET household_no = ? "
                                         "WHERE id = ?"),
                    {m_touched.first(), m_outcome.changeId});
    }
    m_outcome.householdNos = m_touched;
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

QList<qint64> PersonStates::applyRelationships()
{
    QList<qint64> named;
    const QJsonValue v = m_writer.body().value(QStringLiteral("relationships"));
    if (v.isUndefined() || v.isNull())
        return named;
    if (!v.isArray()) {
        throw core::Failure::invalidField(QStringLiteral("relationships"),
                                           QStringLiteral("続柄の一覧（配列）で指定してください。"));
    }
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("relationships[%1]").arg(i);
        const QJsonObject o = items.at(i).toObject();
        const qint64 partyNo = readNumber(o, QStringLiteral("partyNo"), path, true);
        ResidentRecord &r = resident(partyNo, path + QStringLiteral(".partyNo"));
        readRelationship(r, o, path, m_writer.codes());
        named.append(partyNo);
    }
    return named;
}

void PersonStates::writeAll()
{
    for (qint64 p : std::as_const(m_order))
        m_writer.write(m_states.value(p));
}

QList<qint64> partyNoList(const QJsonObject &body, const QString &field)
{
    QList<qint64> out;
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray()) {
        throw core::Failure::invalidField(field,
                                           QStringLiteral("宛名番号の配列で指定してください。"));
    }
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isDouble() || item.toDouble() < 1) {
            throw core::Failure::invalidField(QStringLiteral("%1[%2]").arg(field).arg(i),
                                               QStringLiteral("宛名番号を指定してください。"));
        }
        out.append(qint64(item.toDouble()));
    }
    return out;
}

QJsonObject runChange(core::ServerContext &context, const http::Request &request,
                      const QString &kindCode, const ChangeBody &body)
{
    audit::AuditEntry entry = audit::AuditEntry::forRequest(
        request, audit::LogKind::Operation, QStringLiteral("resident.") + kindCode);
    QJsonObject detail{{QStringLiteral("kind"), kindCode}};
    try {
        const QJsonObject input = request.jsonObject();
        store::Transaction tx(context.database);
        ChangeWriter writer(context, request, kindCode, input, tx);
        body(writer);
        const ChangeOutcome out = writer.finish();
        const QJsonObject result = out.toJson(context.database.connection());
        for (auto it = writer.logDetail().begin(); it != writer.logDetail().end(); ++it)
            detail.insert(it.key(), it.value());
        detail.insert(QStringLiteral("changeId"), out.changeId);
        detail.insert(QStringLiteral("effectiveDate"), core::isoDate(writer.effectiveDate()));
        detail.insert(QStringLiteral("partyNos"), result.value(QStringLiteral("partyNos")));
        detail.insert(QStringLiteral("households"), result.value(QStringLiteral("households")));
        entry.subject = QStringLiteral("change:%1").arg(out.changeId);
        entry.detail = detail;
        // The change and its log entry are one transaction: a change is never saved unlogged.
        context.audit.append(entry, tx);
        tx.commit();
        // Other areas (印鑑登録, 選挙人名簿, every tax's 宛名) react once the change is committed.
        context.events.publish(partyChangedOf(context.database.connection(), out.changeId));
        return result;
    } catch (const core::Failure &error) {
        detail.insert(QStringLiteral("error"), error.code());
        if (error.extra().contains(QStringLiteral("fields")))
            detail.insert(QStringLiteral("fields"), error.extra().value(QStringLiteral("fields")));
        entry.success = false;
        entry.subject = QStringLiteral("change");
        entry.detail = detail;
        context.audit.append(entry);
        throw;
    }
}

} // namespace kikan::resident
