// 職権修正・職権消除 (住民基本台帳法施行令 第12条), 外国人住民の記載事項 (法第30条の45, 第30条の50:
// 法務大臣の通知による在留資格・在留期間等の変更) and 訂正 (令第12条第3項: a mistaken entry is
// superseded, never edited; both stay in the history). Checks: changerules.h,
// docs/resident.md "異動".
#include "changekinds.h"

#include "changerules.h"
#include "residentstore.h"

namespace kikan::resident {

namespace {
// The one person of the request, in the household of the request, claimed with its version.
ResidentRecord &person(ChangeWriter &w, PersonStates &states, const VersionedNo &who)
{
    const qint64 householdNo = w.claimRequestHousehold();
    w.claimPerson(who);
    ResidentRecord &r = states.resident(who.no, QStringLiteral("partyNo"));
    requireMember(r, householdNo, QStringLiteral("partyNo"), false);
    return r;
}

// The items of a 修正/訂正 applied to the record (the address: see the callers).
void applyEdit(ChangeWriter &w, ResidentRecord &r, const RecordEdit &edit)
{
    applyPerson(r, edit.fields, QStringLiteral("fields"), w.codes(), false);
    if (edit.relationship)
        applyRelationship(r, *edit.relationship, QStringLiteral("fields"), w.codes());
    if (edit.address)
        applyAddress(r, *edit.address);
}
} // namespace

namespace {
// 職権修正 and 職権消除: one person's new state from the 異動日, the others' 続柄 re-stated.
ChangeOutcome officialChange(core::ServerContext &ctx, const core::Actor &actor,
                             const ChangeHeader &header, const QString &reasonNote,
                             const VersionedNo &who, const QList<RelationshipEntry> &relationships,
                             const std::function<void(ChangeWriter &, ResidentRecord &)> &change)
{
    return runChange(ctx, actor, header, [&](ChangeWriter &w) {
        w.note(QStringLiteral("reasonNote"), reasonNote);
        PersonStates states(w);
        change(w, person(w, states, who));
        states.applyRelationships(relationships);
        states.writeAll();
    });
}
} // namespace

ChangeOutcome officialCorrection(core::ServerContext &ctx, const core::Actor &actor,
                                 const OfficialCorrectionRequest &request)
{
    return officialChange(ctx, actor, request.header, request.reasonNote, request.person,
                          request.relationships, [&](ChangeWriter &w, ResidentRecord &r) {
        applyEdit(w, r, request.edit);
        if (request.edit.address)
            r.addressSince = w.effectiveDate();
    });
}

ChangeOutcome officialRemoval(core::ServerContext &ctx, const core::Actor &actor,
                              const OfficialRemovalRequest &request)
{
    return officialChange(ctx, actor, request.header, request.reasonNote, request.person,
                          request.relationships, [](ChangeWriter &, ResidentRecord &r) {
        r.status = ResidentStatus::Removed;
    });
}

ChangeOutcome updateForeignResident(core::ServerContext &ctx, const core::Actor &actor,
                                    const ForeignResidentUpdateRequest &request)
{
    return runChange(ctx, actor, request.header, [&](ChangeWriter &w) {
        PersonStates states(w);
        ResidentRecord &r = person(w, states, request.person);
        requireForeignResident(r);
        applyPerson(r, request.fields, QStringLiteral("fields"), w.codes(), false);
        checkStayExpiry(r, w.effectiveDate());
        states.writeAll();
    });
}

namespace {
// The row the 訂正 replaces: it exists and has not been corrected already.
ResidentRecord wrongRow(ChangeWriter &w, qint64 partyNo, int historyNo)
{
    std::optional<ResidentRecord> found;
    for (const ResidentRecord &h : history(w.db(), partyNo)) {
        if (h.historyNo == historyNo)
            found = h;
    }
    if (!found)
        refuse(QStringLiteral("historyNo"), QStringLiteral("その履歴番号の記録はありません。"));
    if (!found->supersededAt.isEmpty())
        refuse(QStringLiteral("historyNo"), QStringLiteral("その記録はすでに訂正されています。"));
    return *found;
}
} // namespace

ChangeOutcome correctEntry(core::ServerContext &ctx, const core::Actor &actor,
                           const CorrectionRequest &request)
{
    return runChange(ctx, actor, request.header, [&](ChangeWriter &w) {
        w.note(QStringLiteral("reasonNote"), request.reasonNote);
        const qint64 partyNo = request.person.no;
        // The person's current household, claimed (the version check); a 訂正 of an old row may
        // touch another household: the person's version guards it.
        w.claimRequestHousehold();
        w.claimPerson(request.person);
        w.current(partyNo, QStringLiteral("partyNo")); // the person's household must be claimed
        const ResidentRecord wrong = wrongRow(w, partyNo, request.historyNo);
        ResidentRecord corrected = wrong;
        applyEdit(w, corrected, request.edit);
        if (request.addressSince)
            corrected.addressSince = *request.addressSince;
        if (request.residentSince)
            corrected.residentSince = *request.residentSince;
        w.supersede(wrong);
        w.insertRow(corrected);
        w.note(QStringLiteral("partyNo"), partyNo);
        w.note(QStringLiteral("correctedHistoryNo"), request.historyNo);
    });
}

} // namespace kikan::resident
