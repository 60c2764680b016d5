// The name font (namefont.h): IPAmjMincho, or a logged fallback when it is missing. Qt 6.4 draws
// the base glyph for an ideographic variation sequence (its shaping ignores the selector), so
// renderCharacter() looks the sequence up in the font's own cmap format 14 table (OpenType
// "cmap" subtable for Unicode Variation Sequences) and draws that glyph.
#include "namefont.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QPainter>
#include <QRawFont>
#include <QtEndian>
#include <QtGlobal>

namespace kikan::client {

namespace {
const QString &family()
{
    static const QString f = [] {
        const QString wanted = QString::fromLatin1(NameFontFamily);
        if (QFontDatabase::families().contains(wanted))
            return wanted;
        qWarning("kikan: the name font %s is not installed (fonts-ipamj-mincho); names are drawn "
                 "in a fallback serif font and MJ glyph variants may be wrong",
                 NameFontFamily);
        return QString();
    }();
    return f;
}

QFont base()
{
    QFont font = QApplication::font();
    if (!family().isEmpty()) {
        font.setFamilies({family()});
    } else {
        font.setStyleHint(QFont::Serif);
        font.setFamilies({QStringLiteral("serif")});
    }
    return font;
}

quint32 be(const QByteArray &t, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | quint8(t.at(at + i));
    return v;
}

// The glyph of base+selector from cmap format 14, or 0: not listed, or listed as the default glyph
// (then the base character's own glyph is right).
quint32 variationGlyph(const QRawFont &font, char32_t base, char32_t selector)
{
    const QByteArray cmap = font.fontTable("cmap");
    if (cmap.size() < 4)
        return 0;
    const quint32 tables = be(cmap, 2, 2);
    for (quint32 i = 0; i < tables && 4 + 8 * i + 8 <= quint32(cmap.size()); ++i) {
        const quint32 offset = be(cmap, 4 + 8 * i + 4, 4);
        if (offset + 10 > quint32(cmap.size()) || be(cmap, offset, 2) != 14)
            continue;
        const quint32 records = be(cmap, offset + 6, 4);
        for (quint32 r = 0; r < records; ++r) {
            const quint32 rec = offset + 10 + 11 * r;
            if (rec + 11 > quint32(cmap.size()) || be(cmap, rec, 3) != selector)
                continue;
            const quint32 nonDefault = be(cmap, rec + 7, 4);
            if (nonDefault == 0)
                return 0;
            const quint32 at = offset + nonDefault;
            const quint32 count = be(cmap, at, 4);
            for (quint32 k = 0; k < count && at + 4 + 5 * k + 5 <= quint32(cmap.size()); ++k) {
                if (be(cmap, at + 4 + 5 * k, 3) == base)
                    return be(cmap, at + 4 + 5 * k + 3, 2);
            }
            return 0;
        }
    }
    return 0;
}

bool isVariationSelector(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}
// One character (with its selector) drawn from the font's glyphs directly; false when the font
// has no glyph for it, so the caller falls back to ordinary text drawing.
bool drawSequence(QPainter &p, const QFont &font, const QString &text, const QRect &box)
{
    const QList<uint> cps = text.toUcs4();
    if (cps.size() != 2 || !isVariationSelector(cps[1]))
        return false;
    const QRawFont raw = QRawFont::fromFont(font);
    const quint32 glyph = variationGlyph(raw, cps[0], cps[1]);
    if (!raw.isValid() || glyph == 0)
        return false;
    const QRectF bounds = raw.boundingRect(glyph);
    const QList<QPointF> advances = raw.advancesForGlyphIndexes({glyph});
    const qreal width = advances.isEmpty() ? bounds.width() : advances.first().x();
    const qreal height = raw.ascent() + raw.descent();
    QGlyphRun run;
    run.setRawFont(raw);
    run.setGlyphIndexes({glyph});
    run.setPositions({QPointF(0, 0)});
    p.drawGlyphRun(QPointF(box.center().x() - width / 2,
                           box.center().y() - height / 2 + raw.ascent()),
                   run);
    return true;
}
} // namespace

bool nameFontAvailable()
{
    return !family().isEmpty();
}

QFont nameFont(qreal pointSize)
{
    QFont font = base();
    if (pointSize > 0)
        font.setPointSizeF(pointSize);
    return font;
}

QFont nameFontPixels(int pixelSize)
{
    QFont font = base();
    font.setPixelSize(pixelSize);
    return font;
}

QPixmap renderCharacter(const QString &text, int side, qreal devicePixelRatio)
{
    QPixmap pixmap(int(side * devicePixelRatio), int(side * devicePixelRatio));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::white);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFont font = nameFontPixels(side * 7 / 8);
    p.setFont(font);
    p.setPen(Qt::black);
    const QRect box(0, 0, side, side);
    if (!drawSequence(p, font, text, box))
        p.drawText(box, Qt::AlignCenter, text);
    return pixmap;
}

NameLabel::NameLabel(const QString &name, QWidget *parent, qreal pointSize)
    : QLabel(name, parent)
{
    setFont(nameFont(pointSize));
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

} // namespace kikan::client
