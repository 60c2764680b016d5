// 出生 and 死亡: the record is written or closed on the 戸籍 届出 (令第12条第2項); 異動日 = the day
// of birth or death, which must not be after the 届出日. Checks: docs/resident.md "異動".
#include "changekinds.h"

#include "personinput.h"
#include "residentstore.h"
#include "server/core/failure.h"
#include "server/core/dates.h"

namespace kikan::resident {

void birth(ChangeWriter &w)
{
    const qint64 householdNo = claimRequestHousehold(w);
    const ResidentRecord place = householdAddress(w, householdNo);
    const QJsonValue v = w.body().value(QStringLiteral("person"));
    if (!v.isObject()) {
        throw core::Failure::invalidField(QStringLiteral("person"),
                                           QStringLiteral("生まれた子の記載事項を入力してください。"));
    }
    QJsonObject o = v.toObject();
    if (!o.contains(QStringLiteral("birthDate")))
        o.insert(QStringLiteral("birthDate"), core::isoDate(w.effectiveDate()));
    ResidentRecord r;
    r.partyNo = w.newParty();
    readPerson(r, o, QStringLiteral("person"), w.codes(), true);
    readRelationship(r, o, QStringLiteral("person"), w.codes());
    if (r.birthDate != w.effectiveDate()) {
        throw core::Failure::invalidField(QStringLiteral("person.birthDate"),
                                           QStringLiteral("出生の異動日は生年月日です。"));
    }
    if (r.isHouseholder()) {
        throw core::Failure::invalidField(QStringLiteral("person.relationshipCode"),
                                           QStringLiteral("生まれた子を世帯主にはできません。"));
    }
    r.status = ResidentStatus::Resident;
    r.householdNo = householdNo;
    r.entryOrder = w.nextEntryOrder(householdNo);
    copyAddress(r, place);
    r.addressSince = r.birthDate;
    r.residentSince = r.birthDate;
    PersonStates states(w);
    states.add(r);
    states.writeAll();
}

void death(ChangeWriter &w)
{
    const qint64 householdNo = claimRequestHousehold(w);
    const qint64 partyNo = readNumber(w.body(), QStringLiteral("partyNo"), {}, true);
    PersonStates states(w);
    ResidentRecord &r = states.resident(partyNo, QStringLiteral("partyNo"));
    if (r.householdNo != householdNo) {
        throw core::Failure::invalidField(QStringLiteral("partyNo"),
                                           QStringLiteral("この世帯の世帯員ではありません。"));
    }
    if (r.birthDate > w.effectiveDate()) {
        throw core::Failure::invalidField(QStringLiteral("effectiveDate"),
                                           QStringLiteral("死亡日が生年月日より前です。"));
    }
    r.status = ResidentStatus::Deceased;
    // The others' 続柄 when the 世帯主 dies (the new 世帯主 among them).
    if (states.applyRelationships().contains(partyNo)) {
        throw core::Failure::invalidField(QStringLiteral("relationships"),
                                           QStringLiteral("死亡した人の続柄は変えられません。"));
    }
    states.writeAll();
}

} // namespace kikan::resident
