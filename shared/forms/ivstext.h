// Drawing a line of text whose ideographic variation sequences (base + U+E0100.., CHARACTERS.md)
// show the glyph the selector chooses. Qt 6.4 lays a base character and its selector out as the
// base glyph, so a name registered with an MJ IVS would appear as another glyph; here every
// sequence is drawn by its glyph index (variationglyph.h) and the rest as ordinary text runs.
// Used by the screens (names in labels and tables) as well as by the 帳票 engine's callers.
#pragma once

#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;

namespace kikan::forms {

// True when the text holds a variation selector (only then is the slower path needed).
bool hasVariationSequence(const QString &text);

// The advance width of `text` in `font` as drawIvsText draws it, in the device's pixels.
qreal ivsTextWidth(const QFont &font, const QString &text, const QPaintDevice *device = nullptr);

// Draws `text` with the painter's font, its baseline starting at `origin`.
void drawIvsText(QPainter &painter, const QPointF &origin, const QString &text);

} // namespace kikan::forms
