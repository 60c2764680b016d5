// 出生 and 死亡: the record is written or closed on the 戸籍 届出 (令第12条第2項); 異動日 = the day
// of birth or death, which must not be after the 届出日. Checks: changerules.h,
// docs/resident.md "異動".
#include "changekinds.h"

#include "changerules.h"

namespace kikan::resident {

ChangeOutcome birth(core::ServerContext &ctx, const core::Actor &actor,
                    const BirthRequest &request)
{
    return runChange(ctx, actor, request.header, [&](ChangeWriter &w) {
        const qint64 householdNo = w.claimRequestHousehold();
        const ResidentRecord place = householdAddress(w, householdNo);
        ResidentRecord r;
        r.partyNo = w.newParty();
        applyPerson(r, request.person, QStringLiteral("person"), w.codes(), true);
        applyRelationship(r, request.relationship, QStringLiteral("person"), w.codes());
        checkBirth(r, w.effectiveDate());
        r.status = ResidentStatus::Resident;
        r.householdNo = householdNo;
        r.entryOrder = w.nextEntryOrder(householdNo);
        copyAddress(r, place);
        r.addressSince = r.birthDate;
        r.residentSince = r.birthDate;
        PersonStates states(w);
        states.add(r);
        states.writeAll();
    });
}

ChangeOutcome death(core::ServerContext &ctx, const core::Actor &actor,
                    const DeathRequest &request)
{
    return runChange(ctx, actor, request.header, [&](ChangeWriter &w) {
        const qint64 householdNo = w.claimRequestHousehold();
        PersonStates states(w);
        ResidentRecord &r = states.resident(request.partyNo, QStringLiteral("partyNo"));
        requireMember(r, householdNo, QStringLiteral("partyNo"), false);
        checkDeathDate(r, w.effectiveDate());
        r.status = ResidentStatus::Deceased;
        // The others' 続柄 when the 世帯主 dies (the new 世帯主 among them).
        checkNotRestated(request.partyNo, states.applyRelationships(request.relationships));
        states.writeAll();
    });
}

} // namespace kikan::resident
