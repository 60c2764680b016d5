// Paths of the Kikan REST API, shared by server routes and the client so they cannot drift apart.
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
// 文字同定 (server/migration/routes.h): "{id}" is a legacy glyph's id.
inline constexpr char MigrationGlyphs[] = "/api/v1/migration/glyphs";
inline constexpr char MigrationGlyphImport[] = "/api/v1/migration/glyphs/import";
inline constexpr char MigrationDecidedTable[] = "/api/v1/migration/decided-table";
inline constexpr char MigrationCharacters[] = "/api/v1/migration/characters";
// 住民記録 (server/resident/routes.h, docs/resident.md)
inline constexpr char ResidentSearch[] = "/api/v1/resident/search";
inline constexpr char ResidentPersons[] = "/api/v1/resident/persons";
inline constexpr char ResidentHouseholds[] = "/api/v1/resident/households";
inline constexpr char ResidentChanges[] = "/api/v1/resident/changes";
inline constexpr char ResidentProtection[] = "/api/v1/resident/protection";
inline constexpr char ResidentCodes[] = "/api/v1/resident/codes";
inline constexpr char ResidentCertificates[] = "/api/v1/resident/certificates";
} // namespace kikan::api::path
