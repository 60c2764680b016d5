// The operation-log events of the migration module (X-Road style: one name per action, a failure
// is the same name with success = false). Listed in docs/character-identification.md.
#pragma once

namespace kikan::migration::event {

inline constexpr char GlyphImport[] = "migration.glyph_import";
inline constexpr char GlyphDecide[] = "migration.glyph_decide";
inline constexpr char GlyphUndecide[] = "migration.glyph_undecide";
inline constexpr char DecidedExport[] = "migration.decided_export";
inline constexpr char GlyphList[] = "migration.glyph_list";
inline constexpr char GlyphView[] = "migration.glyph_view";
inline constexpr char CharacterSearch[] = "migration.character_search";

} // namespace kikan::migration::event
