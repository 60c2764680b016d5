// The error codes of 口座管理 (server/bank_account) with their Japanese messages for staff.
#pragma once

#include "shared/api/errorcode.h"

namespace kikan::api {

namespace err {
inline constexpr char BankAccountNotFound[] = "bank_account.not_found";
inline constexpr char BankAccountConflict[] = "bank_account.conflict";
inline constexpr char BankAccountBank[] = "bank_account.bank_unknown";
inline constexpr char BankAccountHolder[] = "bank_account.holder_kana";
inline constexpr char BankAccountOverlap[] = "bank_account.overlap";
inline constexpr char BankAccountState[] = "bank_account.state";
inline constexpr char BankAccountMaster[] = "bank_account.master";
} // namespace err

QList<ErrorInfo> bankAccountErrors();

} // namespace kikan::api
