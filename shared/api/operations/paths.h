// The operations module's API paths (server/operations, docs/operations.md).
#pragma once

namespace kikan::api::path {
// GET, signed in: {"environment": "test" | "production"} — the client's 「テスト環境」 banner.
inline constexpr char OperationsEnvironment[] = "/api/v1/operations/environment";
} // namespace kikan::api::path
