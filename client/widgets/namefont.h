// The one font for a person's name on screen: IPAmj明朝 (family "IPAmjMincho", Debian
// fonts-ipamj-mincho), which draws every MJ glyph including its IVS (CHARACTERS.md, STACK.md).
// Screens that show a name or an MJ character use nameFont()/NameLabel instead of their own font.
#pragma once

#include <QFont>
#include <QLabel>
#include <QPixmap>
#include <QStringList>
#include <QStyledItemDelegate>

namespace kikan::client {

inline constexpr char NameFontFamily[] = "IPAmjMincho";

// Registers the fonts shipped beside the program (<folder of the executable>/fonts/*.ttf|otf: the
// MSI installs IPAmj明朝 there, Windows has no such font) for this process; `folder` overrides.
// Returns the families added (none on a Linux terminal with fonts-ipamj-mincho installed).
QStringList registerBundledFonts(const QString &folder = {});

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

// Draws a name (one line) in the painter's font inside box, IVS sequences by their own glyphs.
void drawName(QPainter &painter, const QRect &box, Qt::Alignment alignment, const QString &name);

// A label showing a name in the name font; the text is never altered (IVS kept), and a name with
// an IVS shows the variant glyph (Qt's own label would show the base glyph).
class NameLabel : public QLabel
{
    Q_OBJECT
public:
    explicit NameLabel(const QString &name = {}, QWidget *parent = nullptr, qreal pointSize = 0);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

// For table and list columns that show names (set the column's font to nameFont()): cells whose
// text holds an IVS are drawn with the variant glyph; others as usual.
class NameItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace kikan::client
