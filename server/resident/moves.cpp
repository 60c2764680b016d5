// 転入 (法第22条; 国外からの転入; 特例転入 法第24条の2; also 職権記載 令第12条第1項), 転居
// (法第23条), 転出 (法第24条) and 転出取消. Checks: changerules.h, docs/resident.md "異動".
#include "changekinds.h"

#include "changerules.h"
#include "residentstore.h"
#include "server/core/failure.h"

#include <QSqlQuery>

namespace kikan::resident {

ResidentRecord householdAddress(ChangeWriter &w, qint64 householdNo)
{
    const QList<ResidentRecord> members = householdLatest(w.db(), householdNo);
    if (members.isEmpty()) {
        refuseState(QStringLiteral("householdNo"),
                    QStringLiteral("世帯番号 %1 の世帯には住民がいません。").arg(householdNo));
    }
    return members.first();
}

void copyAddress(ResidentRecord &to, const ResidentRecord &from)
{
    to.townAreaCode = from.townAreaCode;
    to.addressNumber = from.addressNumber;
    to.addressSupplement = from.addressSupplement;
    to.postalCode = from.postalCode;
}

namespace {
// Into an existing household (its address; an address given must be the same) or a new one
// (the address given). Returns the household; `place` gets its address.
qint64 moveInHousehold(ChangeWriter &w, const MoveInRequest &request, ResidentRecord &place)
{
    if (!request.header.household.no) {
        applyAddress(place, *request.address);
        return w.newHousehold();
    }
    const qint64 householdNo = w.claimRequestHousehold();
    place = householdAddress(w, householdNo);
    if (request.address) {
        ResidentRecord given;
        applyAddress(given, *request.address);
        checkJoinedAddress(given, place);
    }
    return householdNo;
}

// The person's record before the 転入: a former resident's latest state (再転入 keeps the party
// number and the history), or a new party.
ResidentRecord arriving(ChangeWriter &w, const MoveInPerson &p, const QString &path)
{
    ResidentRecord r;
    if (!p.partyNo) {
        r.partyNo = w.newParty();
        return r;
    }
    const std::optional<ResidentRecord> last = latestRecord(w.db(), p.partyNo);
    if (!last) {
        refuse(path + QStringLiteral(".partyNo"),
               QStringLiteral("宛名番号 %1 の住民票はありません。").arg(p.partyNo));
    }
    requireFormerResident(*last, path + QStringLiteral(".partyNo"));
    r = *last;
    r.destinationAddress.clear();
    return r;
}
} // namespace

ChangeOutcome moveIn(core::ServerContext &ctx, const core::Actor &actor,
                     const MoveInRequest &request)
{
    return runChange(ctx, actor, request.header, [&](ChangeWriter &w) {
        if (w.kind().code == QLatin1String("official_entry"))
            w.note(QStringLiteral("reasonNote"), request.reasonNote);
        ResidentRecord place;
        const qint64 householdNo = moveInHousehold(w, request, place);
        PersonStates states(w);
        int order = w.nextEntryOrder(householdNo);
        for (qsizetype i = 0; i < request.persons.size(); ++i) {
            const QString path = QStringLiteral("persons[%1]").arg(i);
            const MoveInPerson &p = request.persons.at(i);
            ResidentRecord r = arriving(w, p, path);
            applyPerson(r, p.person, path, w.codes(), true);
            applyRelationship(r, p.relationship, path, w.codes());
            checkBornBy(r, w.effectiveDate(), path);
            checkSpecialMoveIn(w.kind().code, r, path);
            r.status = ResidentStatus::Resident;
            r.householdNo = householdNo;
            r.entryOrder = order++;
            copyAddress(r, place);
            r.addressSince = w.effectiveDate();
            r.residentSince = w.effectiveDate();
            r.previousAddress = request.previousAddress;
            states.add(r);
        }
        states.writeAll();
    });
}

namespace {
// The persons who move (all the household's when none are named) and whether that is everyone.
QList<qint64> movers(ChangeWriter &w, qint64 householdNo, QList<qint64> named, bool *whole)
{
    const QList<ResidentRecord> members = householdLatest(w.db(), householdNo);
    if (whole)
        *whole = named.isEmpty() || named.size() == members.size();
    if (named.isEmpty()) {
        for (const ResidentRecord &m : members)
            named.append(m.partyNo);
    }
    return named;
}

// Part of a household moving makes (or joins) another household at the new address.
qint64 moveWithinHousehold(ChangeWriter &w, const MoveWithinRequest &request,
                           const ResidentRecord &place, qint64 from, bool whole)
{
    if (request.toHousehold.no) {
        w.claimHousehold(request.toHousehold);
        checkJoinedAddress(place, householdAddress(w, request.toHousehold.no));
        return request.toHousehold.no;
    }
    return whole ? from : w.newHousehold();
}
} // namespace

ChangeOutcome moveWithin(core::ServerContext &ctx, const core::Actor &actor,
                         const MoveWithinRequest &request)
{
    return runChange(ctx, actor, request.header, [&](ChangeWriter &w) {
        const qint64 from = w.claimRequestHousehold();
        ResidentRecord place;
        applyAddress(place, request.address);
        bool whole = false;
        const QList<qint64> moving = movers(w, from, request.partyNos, &whole);
        const qint64 to = moveWithinHousehold(w, request, place, from, whole);
        PersonStates states(w);
        int order = to == from ? 0 : w.nextEntryOrder(to);
        for (qsizetype i = 0; i < moving.size(); ++i) {
            const QString field = QStringLiteral("partyNos[%1]").arg(i);
            ResidentRecord &r = states.resident(moving.at(i), field);
            requireMember(r, from, field);
            checkNewAddress(r, place);
            r.previousAddress = addressText(r); // 異動前住所
            copyAddress(r, place);
            r.addressSince = w.effectiveDate();
            if (to != from) {
                r.householdNo = to;
                r.entryOrder = order++;
            }
        }
        states.applyRelationships(request.relationships);
        states.writeAll();
    });
}

ChangeOutcome moveOut(core::ServerContext &ctx, const core::Actor &actor,
                      const MoveOutRequest &request)
{
    return runChange(ctx, actor, request.header, [&](ChangeWriter &w) {
        const qint64 from = w.claimRequestHousehold();
        const QList<qint64> moving = movers(w, from, request.partyNos, nullptr);
        if (moving.isEmpty())
            refuse(QStringLiteral("partyNos"), QStringLiteral("転出する人がいません。"));
        PersonStates states(w);
        for (qsizetype i = 0; i < moving.size(); ++i) {
            const QString field = QStringLiteral("partyNos[%1]").arg(i);
            ResidentRecord &r = states.resident(moving.at(i), field);
            requireMember(r, from, field);
            r.status = ResidentStatus::MovedOut;
            r.destinationAddress = request.destinationAddress;
        }
        if (w.effectiveDate() > w.today())
            w.note(QStringLiteral("planned"), true); // 転出予定
        states.applyRelationships(request.relationships);
        states.writeAll();
    });
}

namespace {
// The rows of the 転出 to cancel: a 転出, not yet cancelled, with no later 異動.
QList<ResidentRecord> moveOutRows(ChangeWriter &w, qint64 cancelled)
{
    QSqlQuery q = store::exec(w.db(), QStringLiteral("SELECT change_kind FROM resident_changes "
                                                     "WHERE id = ?"), {cancelled});
    if (!q.next() || q.value(0).toString() != QLatin1String("move_out")) {
        refuse(QStringLiteral("cancelsChangeId"),
               QStringLiteral("異動番号 %1 は転出の異動ではありません。").arg(cancelled));
    }
    const QList<ResidentRecord> rows = rowsOfChange(w.db(), cancelled);
    if (rows.isEmpty()) {
        refuseState(QStringLiteral("cancelsChangeId"),
                    QStringLiteral("この転出はすでに取り消されています。"));
    }
    w.claimRequestHousehold();
    for (const ResidentRecord &row : rows) {
        w.current(row.partyNo, QStringLiteral("householdNo")); // the household must be claimed
        const std::optional<ResidentRecord> latest = latestRecord(w.db(), row.partyNo);
        if (!latest || latest->id != row.id) {
            refuseState(QStringLiteral("cancelsChangeId"),
                        QStringLiteral("宛名番号 %1 の人には転出の後の異動があるため、"
                                       "取り消せません。").arg(row.partyNo));
        }
    }
    return rows;
}
} // namespace

ChangeOutcome cancelMoveOut(core::ServerContext &ctx, const core::Actor &actor,
                            const MoveOutCancelRequest &request)
{
    return runChange(ctx, actor, request.header, [&](ChangeWriter &w) {
        const qint64 cancelled = request.cancelsChangeId;
        for (const ResidentRecord &row : moveOutRows(w, cancelled)) {
            // The state the 転出 ended: the newest live row whose period the 転出 closed.
            std::optional<ResidentRecord> before;
            for (const ResidentRecord &h : history(w.db(), row.partyNo)) {
                if (h.supersededAt.isEmpty() && h.historyNo < row.historyNo
                    && h.validTo == row.validFrom)
                    before = h;
            }
            w.supersede(row);
            if (before)
                w.reopen(*before);
        }
        w.setCancels(cancelled);
        w.note(QStringLiteral("cancelsChangeId"), cancelled);
    });
}

} // namespace kikan::resident
