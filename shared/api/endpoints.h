// Paths of the platform's REST API (health, sign-in, administration, audit), shared by server routes
// and the client so they cannot drift apart. Each business area keeps its own paths in
// shared/api/<area>/paths.h.
#pragma once

namespace kikan::api::path {
inline constexpr char Prefix[] = "/api/v1";
inline constexpr char Health[] = "/api/v1/health";
inline constexpr char SignInPassword[] = "/api/v1/auth/sign-in";
inline constexpr char SignInCard[] = "/api/v1/auth/card-sign-in";
inline constexpr char SignOut[] = "/api/v1/auth/sign-out";
inline constexpr char Me[] = "/api/v1/auth/me";
inline constexpr char AuthOptions[] = "/api/v1/auth/options";
inline constexpr char ChangePassword[] = "/api/v1/auth/password";
inline constexpr char Users[] = "/api/v1/admin/users";
inline constexpr char Groups[] = "/api/v1/admin/groups";
inline constexpr char Rights[] = "/api/v1/admin/rights";
inline constexpr char AuditSearch[] = "/api/v1/admin/audit";
inline constexpr char AuditExport[] = "/api/v1/admin/audit/export";
inline constexpr char AdminSettings[] = "/api/v1/admin/settings";
} // namespace kikan::api::path
