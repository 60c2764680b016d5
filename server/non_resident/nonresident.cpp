// 住登外者・法人 service (nonresident.h): the transaction, the checks that need the store (duplicate
// 法人番号, version, effective date after the last), the log.
#include "nonresident.h"

#include "events.h"
#include "nonresidentstore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/party/partyregistry.h"
#include "server/store/database.h"
#include "shared/api/non_resident/errors.h"

#include <QRegularExpression>

namespace kikan::non_resident {

namespace {
void checkEntry(QSqlDatabase db, PartyInput &input, qint64 self)
{
    if (auto refusal = entryRefusal(input))
        throw *refusal;
    if (!input.corporateNumber.isEmpty()) {
        const qint64 holder = partyWithCorporateNumber(db, input.corporateNumber);
        if (holder && holder != self) {
            throw core::Failure(api::err::NonResidentDuplicate,
                                QStringLiteral("法人番号 %1 は宛名番号 %2 に登録されています。")
                                    .arg(input.corporateNumber).arg(holder));
        }
    }
}

void logOperation(core::ServerContext &context, const core::Actor &actor, const char *event,
                  qint64 partyNo, QJsonObject detail, const QString &error)
{
    if (!error.isEmpty())
        detail.insert(QStringLiteral("error"), error);
    context.audit.record(actor, audit::LogKind::Operation, QString::fromLatin1(event),
                         QStringLiteral("party:%1").arg(partyNo), detail, error.isEmpty());
}

// The PartyChanged of a committed registration (before: none) or change (before: the state it
// closed); kind non_resident_register / non_resident_change.
void publishChange(core::ServerContext &context, const char *kind, qint64 partyNo, QDate date,
                   const PartyInput *before, const PartyInput &after)
{
    const auto status = [](const PartyInput &in) {
        return in.closed ? QStringLiteral("closed") : QStringLiteral("active");
    };
    party::PartyChange p{partyNo, before ? status(*before) : QString(), status(after), false, false,
                         false};
    if (before) {
        p.nameChanged = before->familyName != after.familyName || before->givenName != after.givenName;
        p.addressChanged = before->address != after.address || before->postalCode != after.postalCode;
    }
    context.events.publish(party::PartyChanged{0, QString::fromLatin1(kind), date, {p}, {}});
}

QJsonObject detailOf(const PartyInput &in, QDate effectiveDate)
{
    return {{QStringLiteral("kind"), in.kind},
            {QStringLiteral("effectiveDate"), core::isoDate(effectiveDate)}};
}
} // namespace

Saved registerParty(core::ServerContext &context, const core::Actor &actor, PartyInput input,
                    QDate effectiveDate)
{
    Saved saved;
    try {
        store::Transaction tx(context.database);
        checkEntry(tx.db(), input, 0);
        const QString now = core::timestampNow(context.clock);
        PartyRecord r{0, 1, effectiveDate, {}, now, input};
        r.partyNo = context.services.get<party::PartyNumbers>().allocate(tx.db(), input.kind, now);
        insertRecord(tx.db(), r, actor.userId);
        insertVersion(tx.db(), r.partyNo);
        tx.commit();
        saved = {r.partyNo, 1};
    } catch (const core::Failure &e) {
        logOperation(context, actor, event::Register, 0, detailOf(input, effectiveDate), e.code());
        throw;
    }
    logOperation(context, actor, event::Register, saved.partyNo, detailOf(input, effectiveDate), {});
    publishChange(context, "non_resident_register", saved.partyNo, effectiveDate, nullptr, input);
    return saved;
}

Saved changeParty(core::ServerContext &context, const core::Actor &actor, qint64 partyNo,
                  int version, PartyInput input, QDate effectiveDate)
{
    PartyInput before;
    try {
        store::Transaction tx(context.database);
        const std::optional<PartyRecord> current = currentRecord(tx.db(), partyNo);
        if (!current)
            throw core::Failure(api::err::NonResidentNotFound);
        before = current->fields;
        if (!claimVersion(tx.db(), partyNo, version))
            throw core::Failure(api::err::NonResidentConflict);
        if (input.kind != current->fields.kind)
            throw core::Failure(api::err::NonResidentState, QStringLiteral("住登外者と法人の種別は変えられません。"));
        if (effectiveDate <= current->validFrom) {
            throw core::Failure::invalidField(QStringLiteral("effectiveDate"),
                                              QStringLiteral("異動日は前回の異動日（%1）より後の日にしてください。")
                                                  .arg(core::isoDate(current->validFrom)));
        }
        checkEntry(tx.db(), input, partyNo);
        closeCurrent(tx.db(), partyNo, effectiveDate);
        insertRecord(tx.db(), {partyNo, current->historyNo + 1, effectiveDate, {},
                               core::timestampNow(context.clock), input}, actor.userId);
        tx.commit();
    } catch (const core::Failure &e) {
        logOperation(context, actor, event::Change, partyNo, detailOf(input, effectiveDate), e.code());
        throw;
    }
    logOperation(context, actor, event::Change, partyNo, detailOf(input, effectiveDate), {});
    publishChange(context, "non_resident_change", partyNo, effectiveDate, &before, input);
    return {partyNo, version + 1};
}

PartyView viewParty(core::ServerContext &context, const core::Actor &actor, qint64 partyNo,
                    QDate asOf)
{
    QSqlDatabase db = context.database.connection();
    PartyView view;
    view.history = historyOf(db, partyNo);
    const std::optional<PartyRecord> current = recordAsOf(db, partyNo, asOf);
    if (!current)
        throw core::Failure(api::err::NonResidentNotFound);
    view.current = *current;
    view.version = versionOf(db, partyNo);
    context.audit.record(actor, audit::LogKind::Access, QString::fromLatin1(event::View),
                         QStringLiteral("party:%1").arg(partyNo));
    return view;
}

std::optional<party::PartySnapshot> NonResidentDirectory::find(qint64 partyNo, QDate asOf) const
{
    const std::optional<PartyRecord> r = recordAsOf(m_database.connection(), partyNo, asOf);
    if (!r)
        return std::nullopt;
    return snapshotOf(*r, asOf);
}

QList<qint64> NonResidentNameSource::partyNosByName(const QString &text, int limit) const
{
    QString prefix = text;
    prefix.remove(QRegularExpression(QStringLiteral("[\\s\u3000%_]")));
    return prefix.isEmpty() ? QList<qint64>() : non_resident::partyNosByName(m_database.connection(), prefix, limit);
}

} // namespace kikan::non_resident
