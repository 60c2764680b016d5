// Ideographic variation sequences (IVS, base + U+E0100..) resolved through the font's cmap
// format 14 table. Qt 6.4 shapes a base character and its selector to the base glyph (the
// selector is ignored: checked with IPAmj明朝 for 葛 + U+E0100..E0108), so a name registered with
// an MJ IVS would print the wrong glyph; the form engine draws such sequences by glyph index.
#pragma once

#include <QRawFont>

namespace kikan::forms {

bool isVariationSelector(char32_t c);

// The glyph for base + selector in `font`: the non-default mapping, or the base glyph when the
// sequence is a default one; 0 when the font does not know the sequence.
quint32 variationGlyph(const QRawFont &font, char32_t base, char32_t selector);

} // namespace kikan::forms
