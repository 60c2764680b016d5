// The rule of 消込 (docs/revenue.md "消込"): a receipt matched to a 調定 by 通知書番号 / barcode
// pays what the 調定 still owes; a payment short of it leaves the rest owed (一部納付), a payment
// beyond it keeps the rest as 過誤納 (超過納付), a payment to a 調定 already paid is all 過誤納
// (重複納付), and a payment without a 調定 waits for staff. Pure.
#pragma once

#include "receipt.h"
#include "server/assessment/assessmentledger.h"

#include <QDate>

#include <optional>

namespace kikan::revenue {

struct Allocation {
    MatchOutcome outcome = MatchOutcome::Unmatched;
    core::Money applied;   // 消込 to the 調定
    core::Money overpaid;  // kept as 過誤納
};

// `outstanding`: what the 調定 owes now (nullopt: no 調定 found).
Allocation allocate(core::Money amount, std::optional<core::Money> outstanding);

// 延滞金 on demand: on what the 調定 still owes, as if paid on `asOf` (shared/revenue/interest.h,
// the same rule as at 消込; what earlier late part payments owe is recorded with them). 0 when
// nothing is owed, it is not yet late, or `asOf` lies outside the rate table.
core::Money lateChargeDue(const assessment::Assessment &a, const QDate &asOf);

} // namespace kikan::revenue
