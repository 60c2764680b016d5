// The 種別割 rate rules (taxrules.h): 軽課 → 重課 → 新税率/旧税率, and 減免.
#include "taxrules.h"

#include "server/core/failure.h"
#include "shared/api/light_vehicle_tax/errors.h"

#include <algorithm>

namespace kikan::light_vehicle_tax {

bool pastHeavyAge(const RateTable &table, YearMonth firstInspection, int fiscalYear)
{
    const YearMonth first = firstInspection.resolved(table.yearOnlyMonth);
    return first <= YearMonth{fiscalYear - table.heavyAfterYears, 3};
}

namespace {
// The グリーン化特例 level of a new vehicle in the 年度 after its 新規検査, if any.
const GreenLevel *greenLevel(const RateTable &table, const VehicleFacts &v, const QString &rateClass,
                             int fiscalYear)
{
    if (!v.newVehicle || v.firstInspection.yearOnly())
        return nullptr;
    const YearMonth first = v.firstInspection;
    if (first.fiscalYear() + 1 != fiscalYear)
        return nullptr;
    for (const GreenPeriod &p : table.green) {
        const YearMonth from{p.acquiredFrom.year(), p.acquiredFrom.month()};
        const YearMonth to{p.acquiredTo.year(), p.acquiredTo.month()};
        if (first < from || first > to)
            continue;
        for (const GreenLevel &l : p.levels) {
            if (!l.powers.isEmpty() && !l.powers.contains(v.power))
                continue;
            if (l.fuelEconomy && v.fuelEconomyLevel != l.code)
                continue;
            if (l.rates.contains(rateClass))
                return &l;
        }
    }
    return nullptr;
}
} // namespace

RateDecision decideRate(const RateBook &book, const VehicleFacts &vehicle, int fiscalYear)
{
    const RateTable &table = book.forYear(fiscalYear);
    RateDecision d;
    d.fiscalYear = fiscalYear;
    d.rateClass = vehicle.rateClass();
    const RateClass *rc = table.rateClass(d.rateClass);
    if (!rc) {
        throw core::Failure(api::err::LightVehicleUnknownClass,
                            QStringLiteral("車種区分 %1 は%2年度の税率表にありません。")
                                .arg(d.rateClass)
                                .arg(fiscalYear));
    }
    if (rc->flat) {
        d.column = QLatin1String(column::Flat);
        d.amount = *rc->flat;
        return d;
    }
    if (vehicle.firstInspection.isNull())
        throw core::Failure(api::err::LightVehicleFirstInspection);
    if (const GreenLevel *level = greenLevel(table, vehicle, d.rateClass, fiscalYear)) {
        d.column = QLatin1String(column::Green);
        d.greenLevel = level->code;
        d.amount = level->rates.value(d.rateClass);
    } else if (pastHeavyAge(table, vehicle.firstInspection, fiscalYear)
               && !table.heavyExemptPowers.contains(vehicle.power)) {
        d.column = QLatin1String(column::Heavy);
        d.amount = *rc->heavy;
    } else if (vehicle.firstInspection.resolved(table.yearOnlyMonth) >= table.newRateFrom) {
        d.column = QLatin1String(column::New);
        d.amount = *rc->newer;
    } else {
        d.column = QLatin1String(column::Old);
        d.amount = *rc->old;
    }
    return d;
}

core::Money reductionOf(core::Money tax, const ReductionDecision &decision)
{
    core::Money off;
    if (decision.mode == QLatin1String("full"))
        off = tax;
    else if (decision.mode == QLatin1String("ratio"))
        off = tax.times(decision.ratio, core::Rounding::Down);
    else if (decision.mode == QLatin1String("amount"))
        off = decision.amount;
    return std::clamp(off, core::Money(), tax);
}

} // namespace kikan::light_vehicle_tax
