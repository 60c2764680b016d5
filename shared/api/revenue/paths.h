// The HTTP paths of 収納管理 (server/revenue, docs/revenue.md).
#pragma once

namespace kikan::api::path {
inline constexpr char RevenueRoot[] = "/api/v1/revenue";
} // namespace kikan::api::path
