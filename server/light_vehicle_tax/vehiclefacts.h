// The facts of a light vehicle that decide its 種別割 (REVENUE.md "軽自動車税 種別割"): 車種区分,
// 用途 (自家用/営業用), 乗用/貨物, 初度検査年月 (or the year only), 燃料・動力, and the 燃費基準 level
// the グリーン化特例 asks for. Pure values shared by the rules (taxrules.h) and the register.
#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace kikan::light_vehicle_tax {

// 車種区分 codes of the register (resources/light_vehicle_tax/rates.json "classes" gives each rate
// class; a four-wheeled vehicle's rate class adds its body and use).
namespace vehicle_class {
inline constexpr char ThreeWheel[] = "three_wheel";
inline constexpr char FourWheel[] = "four_wheel";
} // namespace vehicle_class

// 初度検査年月: month 0 when only the year is known.
struct YearMonth {
    int year = 0;
    int month = 0;

    bool isNull() const { return year == 0; }
    bool yearOnly() const { return year != 0 && month == 0; }
    // "2015-04" or "2015" (year only); nullopt for anything else.
    static std::optional<YearMonth> parse(const QString &text);
    QString toString() const; // "2015-04", "2015", "" when null
    // The month itself, or `yearOnlyMonth` when only the year is known.
    YearMonth resolved(int yearOnlyMonth) const { return {year, month ? month : yearOnlyMonth}; }
    // The 年度 the month falls in (April starts it); only for a resolved month.
    int fiscalYear() const { return month >= 4 ? year : year - 1; }
    friend auto operator<=>(const YearMonth &, const YearMonth &) = default;
};

struct VehicleFacts {
    QString vehicleClass;      // 車種区分: moped_class1 … small_motorcycle, three_wheel, four_wheel
    QString use;               // 用途: private (自家用) | business (営業用); four_wheel only
    QString body;              // passenger (乗用) | cargo (貨物); four_wheel only
    YearMonth firstInspection; // 初度検査年月 (三輪・四輪)
    QString power;             // 燃料・動力: gasoline, diesel, lpg, hybrid, electric, natural_gas,
                               // methanol, fuel_cell, towed (被けん引)
    QString fuelEconomyLevel;  // グリーン化特例 50/25 (燃費基準達成), "" when none [要確認]
    bool newVehicle = true;    // first registered as a new vehicle (a used import gets no 軽課)

    bool isThreeOrFourWheel() const
    {
        return vehicleClass == QLatin1String(vehicle_class::ThreeWheel)
               || vehicleClass == QLatin1String(vehicle_class::FourWheel);
    }
    // The rate table's class: four_wheel_<body>_<use> for a four-wheeled vehicle, else the class.
    QString rateClass() const
    {
        if (vehicleClass == QLatin1String(vehicle_class::FourWheel))
            return vehicleClass + QLatin1Char('_') + body + QLatin1Char('_') + use;
        return vehicleClass;
    }
};

} // namespace kikan::light_vehicle_tax
