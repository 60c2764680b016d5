// Paths of the 口座管理 API (server/bank_account/routes.cpp), shared by server and client.
#pragma once

namespace kikan::api::path {
inline constexpr char BankAccountRoot[] = "/api/v1/bank-account";
} // namespace kikan::api::path
