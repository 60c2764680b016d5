// The 文字同定 API (docs/character-identification.md). Rights: migration:view to read,
// migration:update to import and decide.
//   POST {glyphs}/import          the 外字 list: multipart/form-data (part "file"), text/csv, or
//                                 JSON {"csv": "…"} → {added, updated, undecided}
//   GET  {glyphs}?status=…        the register (undecided | decided | all)
//   GET  {glyphs}/{id}            one glyph, its image (base64 PNG) and candidates
//   POST {glyphs}/{id}/decide     {mjCode, version} → the glyph; 409 store.conflict if stale
//   POST {glyphs}/{id}/undecide   {version}
//   GET  decided-table            CSV vendor_code,mj_code,text,decided_by,decided_at
//   GET  characters?q=…           MJ characters by MJ/住基/戸籍 code or by character, with variants
#pragma once

#include "server/core/context.h"
#include "server/http/router.h"

namespace kikan::migration {
void registerRoutes(core::ServerContext &context, http::Router &router);
}
