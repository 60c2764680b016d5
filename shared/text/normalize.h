// Text normalisation for storage: every name and address is stored in one canonical form so that
// equal text compares equal (CHARACTERS.md: names held as Unicode code points with IVS).
#pragma once

#include <QString>

namespace kikan::text {

// The storage form of `s`:
//  1. each CJK compatibility ideograph that has a canonical decomposition (U+F900..U+FAD9,
//     U+2F800..U+2FA1D; e.g. U+FA67 逸) becomes its unified ideograph followed by its
//     standardized variation selector (U+9038 U+FE01). Plain NFC would map it to the unified
//     ideograph alone and lose the glyph the resident's record shows; the SVS keeps it, and MJ
//     (実装したSVS) identifies these characters by the same sequences;
//  2. Unicode NFC (ICU), which composes kana with combining 濁点 (か+U+3099 → が) and leaves
//     variation selectors (U+FE00..U+FE0F, U+E0100..U+E01EF) where they are.
// Unified ideographs in the compatibility block without a decomposition (﨑 U+FA11, 﨟 …) are
// ordinary characters and stay. Width and kana are not folded: storage keeps what was written.
QString normalizeForStorage(const QString &s);

// The standardized variation sequence of a CJK compatibility ideograph (U+FA67 → U+9038 U+FE01)
// or an empty string when `c` is not one. The selectors are derived from ICU's decomposition data:
// the compatibility ideographs of one base get U+FE00, U+FE01 … in code point order, which
// matches all 1,002 sequences of Unicode's StandardizedVariants.txt (checked against the
// svs_cjkci table of @mandel59/mojidata 1.8.1).
QString compatibilityIdeographSvs(char32_t c);

// `s` without variation selectors (U+FE00..U+FE0F, U+E0100..U+E01EF), for search keys.
QString stripVariationSelectors(const QString &s);

} // namespace kikan::text
