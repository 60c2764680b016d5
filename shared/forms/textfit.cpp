// Text fitting and drawing for form elements (see textfit.h for the rules).
#include "textfit.h"

#include "variationglyph.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPaintDevice>
#include <QPainter>
#include <QRawFont>
#include <QTextBoundaryFinder>

namespace kikan::forms {

namespace {

QStringList graphemes(const QString &text)
{
    QStringList out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        out << text.mid(start, finder.position() - start);
        start = finder.position();
    }
    return out;
}

QFont makeFont(const QString &family, double pointSize)
{
    QFont font(family);
    font.setPointSizeF(pointSize);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(false);
    // A substituted glyph from another font would print a different character shape.
    font.setStyleStrategy(QFont::NoFontMerging);
    return font;
}

// The base and selector of a grapheme that ends in a variation selector, else {0, 0}.
std::pair<char32_t, char32_t> variationSequence(const QString &grapheme)
{
    const QList<uint> cps = grapheme.toUcs4();
    if (cps.size() == 2 && isVariationSelector(cps.at(1)))
        return {cps.at(0), cps.at(1)};
    return {0, 0};
}

QRawFont rawFont(const QFont &font, const QPaintDevice *device)
{
    QRawFont raw = QRawFont::fromFont(font);
    raw.setPixelSize(font.pointSizeF() * device->logicalDpiY() / 72.0);
    return raw;
}

std::optional<core::Error> checkGlyphs(const QStringList &units, const QFont &font,
                                       const QPaintDevice *device)
{
    if (QFontInfo(font).family() != font.family()) {
        return core::Error{QString::fromLatin1(err::FontMissing),
                           QStringLiteral("フォント %1 がありません").arg(font.family())};
    }
    const QFontMetricsF metrics(font, device);
    const QRawFont raw = rawFont(font, device);
    for (const QString &unit : units) {
        const auto [base, selector] = variationSequence(unit);
        if (base && variationGlyph(raw, base, selector) == 0) {
            return core::Error{QString::fromLatin1(err::GlyphMissing),
                               QStringLiteral("フォント %1 に異体字 %2 (U+%3 U+%4) がありません")
                                   .arg(font.family(), unit)
                                   .arg(qulonglong(base), 4, 16, QLatin1Char('0'))
                                   .arg(qulonglong(selector), 4, 16, QLatin1Char('0'))};
        }
        for (char32_t c : unit.toUcs4()) {
            if (c < 0x20 || isVariationSelector(c) || c == 0x3000 || c == u' ')
                continue;
            if (!metrics.inFontUcs4(c)) {
                return core::Error{QString::fromLatin1(err::GlyphMissing),
                                   QStringLiteral("フォント %1 に文字 %2 (U+%3) がありません")
                                       .arg(font.family(), QString::fromUcs4(&c, 1))
                                       .arg(qulonglong(c), 4, 16, QLatin1Char('0'))};
            }
        }
    }
    return std::nullopt;
}

double advance(const QFontMetricsF &metrics, const QString &unit)
{
    const auto [base, selector] = variationSequence(unit);
    // A variation glyph is drawn in the base character's cell (ideographs are full width).
    return metrics.horizontalAdvance(base ? QString::fromUcs4(&base, 1) : unit);
}

QList<TextLine> layoutLines(const QStringList &units, const QFontMetricsF &metrics,
                            double width, bool wrap, bool vertical)
{
    QList<TextLine> lines{TextLine{}};
    for (const QString &unit : units) {
        if (unit == u"\n") {
            lines << TextLine{};
            continue;
        }
        const double a = advance(metrics, unit);
        TextLine *line = &lines.last();
        if (!line->graphemes.isEmpty() && (vertical || (wrap && line->width + a > width))) {
            lines << TextLine{};
            line = &lines.last();
        }
        line->graphemes << unit;
        line->advances << a;
        line->width += a;
    }
    return lines;
}

} // namespace

core::Result<FittedText> fitText(const QString &text, const Element &e, const QRectF &box,
                                 const QPaintDevice *device)
{
    const QStringList units = graphemes(text);
    if (auto error = checkGlyphs(units, makeFont(e.fontFamily, e.fontSize), device))
        return *error;
    FittedText fitted;
    fitted.alignment = e.alignment;
    fitted.vertical = e.vertical;
    // From the nominal size down in quarter points: the first that fits wins.
    for (double size = e.fontSize; size >= e.minFontSize - 1e-9; size -= 0.25) {
        fitted.font = makeFont(e.fontFamily, size);
        const QFontMetricsF metrics(fitted.font, device);
        fitted.lines = layoutLines(units, metrics, box.width(), e.wrap, e.vertical);
        fitted.lineHeight = metrics.height();
        fitted.ascent = metrics.ascent();
        double widest = 0;
        for (const TextLine &line : fitted.lines)
            widest = std::max(widest, line.width);
        if (widest <= box.width() + 0.01
            && fitted.lines.size() * fitted.lineHeight <= box.height() + 0.01) {
            return fitted;
        }
    }
    return core::Error{QString::fromLatin1(err::TextOverflow),
                       QStringLiteral("「%1」が欄%2に収まりません (最小 %3 pt)")
                           .arg(text, e.id.isEmpty() ? QString() : u'「' + e.id + u'」')
                           .arg(e.minFontSize)};
}

void paintText(QPainter &painter, const FittedText &text, const QRectF &box)
{
    painter.setFont(text.font);
    const QRawFont raw = rawFont(text.font, painter.device());
    const double total = text.lines.size() * text.lineHeight;
    double y = box.top();
    if (text.alignment & Qt::AlignVCenter)
        y += (box.height() - total) / 2;
    else if (text.alignment & Qt::AlignBottom)
        y += box.height() - total;
    for (const TextLine &line : text.lines) {
        double x = box.left();
        if (text.alignment & Qt::AlignHCenter)
            x += (box.width() - line.width) / 2;
        else if (text.alignment & Qt::AlignRight)
            x += box.width() - line.width;
        const double baseline = y + text.ascent;
        for (qsizetype i = 0; i < line.graphemes.size(); ++i) {
            const QString &unit = line.graphemes.at(i);
            const auto [base, selector] = variationSequence(unit);
            if (base) {
                QGlyphRun run;
                run.setRawFont(raw);
                run.setGlyphIndexes({variationGlyph(raw, base, selector)});
                run.setPositions({QPointF(0, 0)});
                painter.drawGlyphRun(QPointF(x, baseline), run);
            } else if (unit != u" " && unit != QChar(0x3000)) {
                painter.drawText(QPointF(x, baseline), unit);
            }
            x += line.advances.at(i);
        }
        y += text.lineHeight;
    }
}

} // namespace kikan::forms
