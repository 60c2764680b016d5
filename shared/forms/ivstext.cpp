// drawIvsText: plain runs through QPainter::drawText, each variation sequence as one glyph run
// (see ivstext.h).
#include "ivstext.h"

#include "variationglyph.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <QRawFont>

namespace kikan::forms {

namespace {

// Splits text into plain runs and single variation sequences, in order.
struct Piece {
    QString text;
    char32_t base = 0;     // set for a variation sequence
    char32_t selector = 0;
};

QList<Piece> pieces(const QString &text)
{
    QList<Piece> out;
    const QList<uint> cps = text.toUcs4();
    QString plain;
    for (qsizetype i = 0; i < cps.size(); ++i) {
        if (i + 1 < cps.size() && isVariationSelector(cps[i + 1]) && !isVariationSelector(cps[i])) {
            if (!plain.isEmpty())
                out.append({plain});
            plain.clear();
            const char32_t seq[] = {char32_t(cps[i]), char32_t(cps[i + 1])};
            out.append({QString::fromUcs4(seq, 2), char32_t(cps[i]), char32_t(cps[i + 1])});
            ++i;
        } else if (!isVariationSelector(cps[i])) {
            const char32_t c = cps[i];
            plain += QString::fromUcs4(&c, 1);
        }
    }
    if (!plain.isEmpty())
        out.append({plain});
    return out;
}

// The glyph of a sequence, or 0 when the font does not know it (then drawn as plain text).
quint32 sequenceGlyph(const QRawFont &raw, const Piece &p)
{
    return raw.isValid() && p.base ? variationGlyph(raw, p.base, p.selector) : 0;
}

qreal glyphAdvance(const QRawFont &raw, quint32 glyph)
{
    const QList<QPointF> advances = raw.advancesForGlyphIndexes({glyph});
    return advances.isEmpty() ? 0 : advances.first().x();
}

} // namespace

bool hasVariationSequence(const QString &text)
{
    for (const uint c : text.toUcs4()) {
        if (isVariationSelector(c))
            return true;
    }
    return false;
}

qreal ivsTextWidth(const QFont &font, const QString &text, const QPaintDevice *device)
{
    const QFontMetricsF metrics(font, const_cast<QPaintDevice *>(device));
    const QRawFont raw = QRawFont::fromFont(font);
    qreal width = 0;
    for (const Piece &p : pieces(text)) {
        const quint32 glyph = sequenceGlyph(raw, p);
        width += glyph ? glyphAdvance(raw, glyph) : metrics.horizontalAdvance(p.text);
    }
    return width;
}

void drawIvsText(QPainter &painter, const QPointF &origin, const QString &text)
{
    const QFont font = painter.font();
    const QFontMetricsF metrics(font, painter.device());
    const QRawFont raw = QRawFont::fromFont(font);
    QPointF at = origin;
    for (const Piece &p : pieces(text)) {
        const quint32 glyph = sequenceGlyph(raw, p);
        if (glyph) {
            QGlyphRun run;
            run.setRawFont(raw);
            run.setGlyphIndexes({glyph});
            run.setPositions({QPointF(0, 0)});
            painter.drawGlyphRun(at, run);
            at.rx() += glyphAdvance(raw, glyph);
        } else {
            painter.drawText(at, p.text);
            at.rx() += metrics.horizontalAdvance(p.text);
        }
    }
}

} // namespace kikan::forms
