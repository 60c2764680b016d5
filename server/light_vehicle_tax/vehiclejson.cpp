// The vehicle register's JSON (vehiclejson.h).
#include "vehiclejson.h"

#include "server/core/dates.h"
#include "server/resident/personinput.h"

namespace kikan::light_vehicle_tax {

namespace {
using resident::readText;

QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(core::isoDate(d)) : QJsonValue();
}

QJsonValue partyOrNull(qint64 partyNo)
{
    return partyNo ? QJsonValue(partyNo) : QJsonValue();
}
} // namespace

VehicleInput readVehicleInput(const QJsonObject &body)
{
    VehicleInput in;
    in.plateNo = readText(body, QStringLiteral("plateNo"), {}, false, 30);
    VehicleFacts &f = in.facts;
    f.vehicleClass = readText(body, QStringLiteral("vehicleClass"), {}, false, 40);
    f.use = readText(body, QStringLiteral("use"), {}, false, 20);
    f.body = readText(body, QStringLiteral("body"), {}, false, 20);
    const QString first = readText(body, QStringLiteral("firstInspection"), {}, false, 7);
    if (!first.isEmpty()) {
        const auto ym = YearMonth::parse(first);
        if (!ym) {
            throw core::Failure::invalidField(QStringLiteral("firstInspection"),
                                              QStringLiteral("初度検査年月は 2015-04 か 2015（年のみ）の形で入力してください。"));
        }
        f.firstInspection = *ym;
    }
    f.power = readText(body, QStringLiteral("power"), {}, false, 20);
    f.fuelEconomyLevel = readText(body, QStringLiteral("fuelEconomyLevel"), {}, false, 2);
    f.newVehicle = body.value(QStringLiteral("newVehicle")).toBool(true);
    in.chassisNo = readText(body, QStringLiteral("chassisNo"), {}, false, 40);
    in.ownerPartyNo = resident::readNumber(body, QStringLiteral("ownerPartyNo"), {}, false);
    in.userPartyNo = resident::readNumber(body, QStringLiteral("userPartyNo"), {}, false);
    in.storagePlace = readText(body, QStringLiteral("storagePlace"), {}, false, 200);
    in.previousTown = readText(body, QStringLiteral("previousTown"), {}, false, 100);
    in.reason = readText(body, QStringLiteral("reason"), {}, false, 200);
    return in;
}

QDate readEffectiveDate(const QJsonObject &body)
{
    return resident::readDate(body, QStringLiteral("effectiveDate"), {}, true);
}

QJsonObject recordJson(const VehicleRecord &r)
{
    const VehicleInput &f = r.fields;
    return {{QStringLiteral("vehicleId"), r.vehicleId},
            {QStringLiteral("historyNo"), r.historyNo},
            {QStringLiteral("changeKind"), r.changeKind},
            {QStringLiteral("status"), r.registered ? QStringLiteral("registered")
                                                    : QStringLiteral("deregistered")},
            {QStringLiteral("validFrom"), dateOrNull(r.validFrom)},
            {QStringLiteral("validTo"), dateOrNull(r.validTo)},
            {QStringLiteral("recordedAt"), r.recordedAt},
            {QStringLiteral("plateNo"), f.plateNo},
            {QStringLiteral("vehicleClass"), f.facts.vehicleClass},
            {QStringLiteral("rateClass"), f.facts.rateClass()},
            {QStringLiteral("use"), f.facts.use},
            {QStringLiteral("body"), f.facts.body},
            {QStringLiteral("firstInspection"), f.facts.firstInspection.toString()},
            {QStringLiteral("power"), f.facts.power},
            {QStringLiteral("fuelEconomyLevel"), f.facts.fuelEconomyLevel},
            {QStringLiteral("newVehicle"), f.facts.newVehicle},
            {QStringLiteral("chassisNo"), f.chassisNo},
            {QStringLiteral("ownerPartyNo"), f.ownerPartyNo},
            {QStringLiteral("userPartyNo"), partyOrNull(f.userPartyNo)},
            {QStringLiteral("storagePlace"), f.storagePlace},
            {QStringLiteral("previousTown"), f.previousTown},
            {QStringLiteral("reason"), f.reason}};
}

QJsonObject savedJson(const SavedVehicle &s)
{
    return {{QStringLiteral("vehicleId"), s.vehicleId}, {QStringLiteral("version"), s.version},
            {QStringLiteral("historyNo"), s.historyNo}};
}

QJsonObject yearTaxJson(const YearTax &t)
{
    QJsonObject o{{QStringLiteral("fiscalYear"), t.fiscalYear},
                  {QStringLiteral("assessmentDate"), core::isoDate(t.assessmentDate)},
                  {QStringLiteral("taxable"), t.taxable}};
    if (!t.taxable)
        return o;
    o.insert(QStringLiteral("taxpayerPartyNo"), t.state.fields.ownerPartyNo);
    o.insert(QStringLiteral("rateClass"), t.rate.rateClass);
    o.insert(QStringLiteral("column"), t.rate.column);
    o.insert(QStringLiteral("greenLevel"), t.rate.greenLevel);
    o.insert(QStringLiteral("amount"), t.rate.amount.yen());
    o.insert(QStringLiteral("state"), recordJson(t.state));
    return o;
}

} // namespace kikan::light_vehicle_tax
