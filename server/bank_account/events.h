// The 口座管理 audit event catalogue (docs/bank-account.md).
#pragma once

namespace kikan::bank_account::event {
inline constexpr char Register[] = "bank_account.register"; // operation: an account registered
inline constexpr char End[] = "bank_account.end";           // operation: a registration ended
inline constexpr char View[] = "bank_account.view";         // access: a party's accounts shown
} // namespace kikan::bank_account::event
