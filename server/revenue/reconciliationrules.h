// The rule of 消込 (docs/revenue.md "消込"): a receipt matched to a 調定 by 通知書番号 / barcode
// pays what the 調定 still owes; a payment short of it leaves the rest owed (一部納付), a payment
// beyond it keeps the rest as 過誤納 (超過納付), a payment to a 調定 already paid is all 過誤納
// (重複納付), and a payment without a 調定 waits for staff. Pure.
#pragma once

#include "receipt.h"

#include <optional>

namespace kikan::revenue {

struct Allocation {
    MatchOutcome outcome = MatchOutcome::Unmatched;
    core::Money applied;   // 消込 to the 調定
    core::Money overpaid;  // kept as 過誤納
};

// `outstanding`: what the 調定 owes now (nullopt: no 調定 found).
Allocation allocate(core::Money amount, std::optional<core::Money> outstanding);

} // namespace kikan::revenue
