// The 選挙人名簿's batches and its reaction to the register's 異動 (roll.h): 定時登録・選挙時登録 with
// the dry run, the removal run, 表示 and 抹消 from party::PartyChanged.
#include "roll.h"

#include "events.h"
#include "rollrules.h"
#include "server/audit/auditlog.h"
#include "server/party/changecursor.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/electoral_roll/errors.h"

#include <QJsonArray>

namespace kikan::electoral_roll {

using namespace Qt::Literals::StringLiterals;

namespace {
// The articles recorded with each reason (公職選挙法).
const QString kPeriodic = u"公職選挙法第22条第1項"_s;
const QString kElection = u"公職選挙法第22条第2項"_s;
const QString kMark = u"公職選挙法第27条第1項"_s;
const QString kRemoveNow = u"公職選挙法第28条第1号"_s;
const QString kRemoveAfterMonths = u"公職選挙法第28条第2号"_s;

Registration fromPerson(const party::PartySnapshot &p, int districtNo)
{
    Registration r;
    r.partyNo = p.partyNo;
    r.districtNo = districtNo;
    r.familyName = p.familyName;
    r.givenName = p.givenName;
    r.familyNameKana = p.familyNameKana;
    r.givenNameKana = p.givenNameKana;
    r.birthDate = p.birthDate;
    r.sex = p.sex;
    r.townAreaCode = p.townAreaCode;
    r.address = p.address;
    return r;
}

Elector electorOf(const party::PartySnapshot &p)
{
    return {p.partyNo, p.birthDate, !p.foreignResident, p.isResident(), p.recordedSince,
            p.townAreaCode};
}

QJsonArray partyNosOf(const QList<Registration> &rows)
{
    QJsonArray out;
    for (const Registration &r : rows)
        out.append(r.partyNo);
    return out;
}
} // namespace

QList<Registration> ElectoralRoll::additionsOn(QSqlDatabase db, QDate baseDate,
                                               QDate registrationDate, const QString &reason) const
{
    const RollRules &rules = rulesOn(baseDate);
    const QList<party::PartySnapshot> town =
        m_context.services.get<party::PartyDirectory>().residentsAsOf(baseDate);
    QList<Elector> electors;
    QHash<qint64, const party::PartySnapshot *> byParty;
    for (const party::PartySnapshot &p : town) {
        electors.append(electorOf(p));
        byParty.insert(p.partyNo, &p);
    }
    const QHash<QString, int> districtOf = districtOfAreas(db);
    QList<Registration> out;
    QStringList unknownAreas;
    for (qint64 partyNo : additions(electors, openPartyNos(db), baseDate, rules)) {
        const party::PartySnapshot &p = *byParty.value(partyNo);
        Registration r = fromPerson(p, districtOf.value(p.townAreaCode));
        if (!r.districtNo && !unknownAreas.contains(p.townAreaCode))
            unknownAreas << p.townAreaCode;
        r.registeredOn = registrationDate;
        r.baseDate = baseDate;
        r.reason = reason;
        out.append(r);
    }
    if (!unknownAreas.isEmpty())
        throw core::Failure(api::err::ElectoralDistrictUnknown,
                            u"投票区のない町字: %1"_s.arg(unknownAreas.join(u'、')));
    return out;
}

RunResult ElectoralRoll::registrationRun(const core::Actor &actor, const RunRequest &request)
{
    RunResult result;
    result.dryRun = request.dryRun;
    result.run.kind = request.kind;
    result.run.electionName = request.electionName;
    result.run.registrationDate = request.registrationDate;
    if (request.kind == "periodic"_L1) {
        const auto base = periodicBaseDateFor(request.registrationDate,
                                              rulesOn(request.registrationDate));
        if (!base)
            throw core::Failure(api::err::ElectoralNotRegistrationDay);
        result.run.baseDate = *base;
    } else {
        result.run.baseDate = request.baseDate;
        if (!result.run.registrationDate.isValid())
            result.run.registrationDate = request.baseDate;
    }
    store::Transaction tx(m_context.database);
    QSqlDatabase db = tx.db();
    result.removals = dueRemovals(db, result.run.registrationDate);
    result.additions = additionsOn(db, result.run.baseDate, result.run.registrationDate,
                                   request.kind);
    result.run.added = int(result.additions.size());
    if (request.dryRun)
        return result;
    for (Registration &r : result.removals) {
        r.removedOn = r.removalDueOn;
        r.removalReason = u"moved_out"_s;
        change(tx, r, {u"removed"_s, r.removedOn, r.removalReason, kRemoveAfterMonths}, event::Remove);
    }
    const QString at = core::timestampNow(m_context.clock);
    result.run.id = insertRun(db, result.run, at, actor.userId);
    for (Registration &r : result.additions) {
        r.runId = result.run.id;
        insertRegistration(db, r);
        insertEvent(db, r.id, {u"registered"_s, r.registeredOn, r.reason,
                               r.reason == "periodic"_L1 ? kPeriodic : kElection, 0, at,
                               actor.loginId});
    }
    m_context.audit.append(
        audit::AuditEntry::about(actor, audit::LogKind::Operation,
                                 QString::fromLatin1(event::RegistrationRun),
                                 u"electoral_run:%1"_s.arg(result.run.id),
                                 {{u"kind"_s, request.kind},
                                  {u"baseDate"_s, core::isoDate(result.run.baseDate)},
                                  {u"added"_s, result.run.added},
                                  {u"removed"_s, int(result.removals.size())}}),
        tx);
    tx.commit();
    return result;
}

RunResult ElectoralRoll::removalRun(const core::Actor &actor, QDate asOf, bool dryRun)
{
    RunResult result;
    result.dryRun = dryRun;
    result.run.kind = u"removal"_s;
    result.run.registrationDate = asOf;
    store::Transaction tx(m_context.database);
    result.removals = dueRemovals(tx.db(), asOf);
    if (dryRun)
        return result;
    for (Registration &r : result.removals) {
        r.removedOn = r.removalDueOn;
        r.removalReason = u"moved_out"_s;
        change(tx, r, {u"removed"_s, r.removedOn, r.removalReason, kRemoveAfterMonths}, event::Remove);
    }
    m_context.audit.append(audit::AuditEntry::about(
                               actor, audit::LogKind::Operation,
                               QString::fromLatin1(event::RemovalRun), u"electoral_roll"_s,
                               {{u"asOf"_s, core::isoDate(asOf)},
                                {u"removed"_s, partyNosOf(result.removals)}}),
                           tx);
    tx.commit();
    return result;
}

void ElectoralRoll::change(store::Transaction &tx, Registration &r, const RollEvent &e,
                           const char *logEvent)
{
    if (!updateRegistration(tx.db(), r))
        throw core::Failure(api::err::ElectoralConflict);
    ++r.version;
    const core::Actor system = core::Actor::system();
    RollEvent written = e;
    written.recordedAt = core::timestampNow(m_context.clock);
    written.recordedBy = system.loginId;
    insertEvent(tx.db(), r.id, written);
    if (logEvent)
        m_context.audit.append(
            audit::AuditEntry::about(system, audit::LogKind::Operation, QString::fromLatin1(logEvent),
                                     u"party:%1"_s.arg(r.partyNo),
                                     {{u"reason"_s, e.reason}, {u"article"_s, e.article},
                                      {u"on"_s, core::isoDate(e.on)}, {u"changeId"_s, e.changeId}}),
            tx);
}

void ElectoralRoll::hearParty(store::Transaction &tx, const party::PartyChanged &c,
                              const party::PartyChange &p)
{
    std::optional<Registration> open = openRegistrationOf(tx.db(), p.partyNo);
    if (!open)
        return;
    Registration &r = *open;
    const QDate on = c.effectiveDate;
    if (p.statusAfter == "deceased"_L1) {
        r.removedOn = on;
        r.removalReason = u"death"_s;
        return change(tx, r, {u"removed"_s, on, r.removalReason, kRemoveNow, c.changeId}, event::Remove);
    }
    if (p.statusAfter == "moved_out"_L1 || p.statusAfter == "removed"_L1) {
        if (r.markedOn.isValid())
            return;
        r.markedOn = on;
        r.markReason = p.statusAfter == "moved_out"_L1 ? u"move_out"_s : u"removed"_s;
        r.removalDueOn = removalDateAfterMoveOut(on, rulesOn(on));
        return change(tx, r, {u"marked"_s, on, r.markReason, kMark, c.changeId}, event::Mark);
    }
    if (p.statusAfter != "resident"_L1)
        return;
    if (r.markedOn.isValid()) {
        // 転出取消: the person never left. Back by a new 転入 before the 抹消: the 表示 stays (the
        // old registration ends four months after the move; the next 登録 adds the person again).
        if (c.kind != "move_out_cancel"_L1)
            return;
        r.markedOn = r.removalDueOn = QDate();
        r.markReason.clear();
        change(tx, r, {u"unmarked"_s, on, c.kind, kMark, c.changeId}, event::Mark);
    }
    const auto after = m_context.services.get<party::PartyDirectory>().find(p.partyNo, on);
    if (!after)
        return;
    if (after->foreignResident) {
        r.removedOn = on;
        r.removalReason = u"nationality_lost"_s;
        return change(tx, r, {u"removed"_s, on, r.removalReason, kRemoveNow, c.changeId}, event::Remove);
    }
    if (!p.nameChanged && !p.addressChanged)
        return;
    const int district = districtOfAreas(tx.db()).value(after->townAreaCode, r.districtNo);
    const bool moved = district != r.districtNo;
    const Registration updated = fromPerson(*after, district);
    r.familyName = updated.familyName;
    r.givenName = updated.givenName;
    r.familyNameKana = updated.familyNameKana;
    r.givenNameKana = updated.givenNameKana;
    r.townAreaCode = updated.townAreaCode;
    r.address = updated.address;
    r.districtNo = district;
    change(tx, r, {moved ? u"moved"_s : u"updated"_s, on, c.kind, QString(), c.changeId}, nullptr);
}

void ElectoralRoll::hearIn(store::Transaction &tx, const party::PartyChanged &change)
{
    for (const party::PartyChange &p : change.parties)
        hearParty(tx, change, p);
    setChangesHeard(tx.db(), change.changeId);
}

void ElectoralRoll::hear(const party::PartyChanged &change)
{
    party::hearOnce(m_context.database, change, &changesHeard,
                    [this](store::Transaction &tx, const party::PartyChanged &c) { hearIn(tx, c); });
}

void ElectoralRoll::catchUp()
{
    party::catchUpChanges(m_context.database, m_context.services.get<party::PartyDirectory>(),
                          &changesHeard,
                          [this](store::Transaction &tx, const party::PartyChanged &c) { hearIn(tx, c); });
}

} // namespace kikan::electoral_roll
