// Paths of the 文字同定 API (server/migration/routes.h, docs/character-identification.md):
// "{id}" is a legacy glyph's id.
#pragma once

namespace kikan::api::path {
inline constexpr char MigrationGlyphs[] = "/api/v1/migration/glyphs";
inline constexpr char MigrationGlyphImport[] = "/api/v1/migration/glyphs/import";
inline constexpr char MigrationDecidedTable[] = "/api/v1/migration/decided-table";
inline constexpr char MigrationCharacters[] = "/api/v1/migration/characters";
} // namespace kikan::api::path
