// The one font for a person's name on screen: IPAmj明朝 (family "IPAmjMincho", Debian
// fonts-ipamj-mincho), which draws every MJ glyph including its IVS (CHARACTERS.md, STACK.md).
// Screens that show a name or an MJ character use nameFont()/NameLabel instead of their own font.
#pragma once

#include <QFont>
#include <QLabel>
#include <QPixmap>

namespace kikan::client {

inline constexpr char NameFontFamily[] = "IPAmjMincho";

// Whether IPAmj明朝 is installed. When it is not, nameFont() falls back to the default serif font
// and logs one warning: names with IVS or rare characters may then be drawn wrongly.
bool nameFontAvailable();

// The name font at a point size (0: the application font's size) or at a pixel size.
QFont nameFont(qreal pointSize = 0);
QFont nameFontPixels(int pixelSize);

// A character (with its IVS) drawn in the name font, centred in a square of side pixels, black on
// white: used where MJ glyphs are shown large (文字同定 candidates). Unlike QPainter::drawText in
// Qt 6.4, it draws the glyph the IVS selects (葛+U+E0102 ≠ 葛).
QPixmap renderCharacter(const QString &text, int side, qreal devicePixelRatio = 1.0);

// A label showing a name in the name font; the text is never altered (IVS kept). Qt 6.4 draws the
// base glyph of an IVS sequence in labels: where the variant matters, show renderCharacter().
class NameLabel : public QLabel
{
    Q_OBJECT
public:
    explicit NameLabel(const QString &name = {}, QWidget *parent = nullptr, qreal pointSize = 0);
};

} // namespace kikan::client
