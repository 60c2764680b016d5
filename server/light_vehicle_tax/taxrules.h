// Which 種別割 a vehicle owes for a 年度 (pure rules over ratebook.h and vehiclefacts.h; sources in
// resources/light_vehicle_tax/rates.json and docs/light-vehicle-tax.md):
// - 賦課期日 4月1日: the vehicle and its owner as they stood on 1 April of the 年度 (地方税法
//   第463条の18 [要確認]); the register answers that, these rules take the vehicle's facts.
// - 原付・二輪・小型特殊・ミニカー: one rate per class.
// - 三輪・四輪: グリーン化特例 (軽課) only in the 年度 after a new vehicle's 新規検査 within the
//   acquisition period; else 重課 from the 年度 after the one in which 13 years from the 初度検査年月
//   pass (heavy in 年度 Y ⇔ 初度検査 ≤ (Y−13)年3月), unless its power is exempt; else 新税率 for a
//   初度検査 on or after newRateFrom (H27.4), 旧税率 before.
// - 減免: by application; all, a ratio (切り捨て) or an amount, never more than the tax.
#pragma once

#include "ratebook.h"

namespace kikan::light_vehicle_tax {

// The column of the rate table a vehicle falls in.
namespace column {
inline constexpr char Flat[] = "flat";   // 原付・二輪・小型特殊・ミニカー
inline constexpr char Old[] = "old";     // 旧税率
inline constexpr char New[] = "new";     // 新税率
inline constexpr char Heavy[] = "heavy"; // 重課 (13年経過)
inline constexpr char Green[] = "green"; // グリーン化特例 (軽課)
} // namespace column

struct RateDecision {
    int fiscalYear = 0;
    QString rateClass;   // four_wheel_passenger_private …
    QString column;      // column::…
    QString greenLevel;  // "75" / "50" / "25" for column::Green
    core::Money amount;  // 税額 before 減免
};

// The rate of one vehicle in one 年度. Throws core::Failure: no_rate_table, unknown_class,
// first_inspection_required.
RateDecision decideRate(const RateBook &book, const VehicleFacts &vehicle, int fiscalYear);

// Whether the vehicle is past its 13 years in that 年度 (power exemptions not applied).
bool pastHeavyAge(const RateTable &table, YearMonth firstInspection, int fiscalYear);

// 減免 as decided on an application.
struct ReductionDecision {
    QString mode;           // full (全額) | ratio | amount
    core::Rate ratio = core::Rate::fraction(0, 1); // ratio: the part taken off
    core::Money amount;     // amount: the yen taken off
};

// The amount taken off a tax (never more than the tax, never negative).
core::Money reductionOf(core::Money tax, const ReductionDecision &decision);

} // namespace kikan::light_vehicle_tax
