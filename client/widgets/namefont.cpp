// The name font (namefont.h): IPAmjMincho, or a logged fallback when it is missing. Qt 6.4 draws
// the base glyph for an ideographic variation sequence (its shaping ignores the selector), so
// names with a sequence are drawn through the 帳票 engine's glyph lookup (shared/forms/ivstext.h,
// the font's cmap format 14 table).
#include "namefont.h"

#include "shared/forms/ivstext.h"
#include "shared/forms/variationglyph.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QPainter>
#include <QRawFont>
#include <QStyle>
#include <cmath>
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

// One character (with its selector) drawn from the font's glyphs directly; false when the font
// has no glyph for it, so the caller falls back to ordinary text drawing.
bool drawSequence(QPainter &p, const QFont &font, const QString &text, const QRect &box)
{
    const QList<uint> cps = text.toUcs4();
    if (cps.size() != 2 || !forms::isVariationSelector(cps[1]))
        return false;
    const QRawFont raw = QRawFont::fromFont(font);
    const quint32 glyph = forms::variationGlyph(raw, cps[0], cps[1]);
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

QStringList registerBundledFonts(const QString &folder)
{
    const QDir dir(folder.isEmpty()
                       ? QCoreApplication::applicationDirPath() + QStringLiteral("/fonts")
                       : folder);
    QStringList families;
    const QStringList files = dir.entryList({QStringLiteral("*.ttf"), QStringLiteral("*.otf")},
                                            QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const int id = QFontDatabase::addApplicationFont(dir.filePath(file));
        if (id >= 0)
            families << QFontDatabase::applicationFontFamilies(id);
        else
            qWarning("kikan: the bundled font %s could not be read", qPrintable(file));
    }
    return families;
}

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

QSize NameLabel::sizeHint() const
{
    QSize size = QLabel::sizeHint();
    if (forms::hasVariationSequence(text()))
        size.setWidth(int(std::ceil(forms::ivsTextWidth(font(), text(), this))) + 2 * margin()
                      + 2 * frameWidth());
    return size;
}

QSize NameLabel::minimumSizeHint() const
{
    return forms::hasVariationSequence(text()) ? sizeHint() : QLabel::minimumSizeHint();
}

void NameLabel::paintEvent(QPaintEvent *event)
{
    if (!forms::hasVariationSequence(text()))
        return QLabel::paintEvent(event);
    QPainter p(this);
    p.setFont(font());
    p.setPen(palette().color(foregroundRole()));
    drawName(p, contentsRect().adjusted(margin(), margin(), -margin(), -margin()), alignment(),
             text());
}

void drawName(QPainter &painter, const QRect &box, Qt::Alignment alignment, const QString &name)
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal width = forms::ivsTextWidth(painter.font(), name, painter.device());
    qreal x = box.left();
    if (alignment & Qt::AlignHCenter)
        x += (box.width() - width) / 2;
    else if (alignment & Qt::AlignRight)
        x += box.width() - width;
    qreal y = box.top() + metrics.ascent();
    if (alignment & Qt::AlignVCenter || !(alignment & (Qt::AlignTop | Qt::AlignBottom)))
        y = box.top() + (box.height() - metrics.height()) / 2 + metrics.ascent();
    else if (alignment & Qt::AlignBottom)
        y = box.bottom() - metrics.descent();
    painter.save();
    painter.setClipRect(box);
    forms::drawIvsText(painter, QPointF(x, y), name);
    painter.restore();
}

void NameItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!forms::hasVariationSequence(text))
        return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // background, selection and focus from the style; the text drawn here
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    const QRect box = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    drawName(*painter, box.adjusted(2, 0, -2, 0), opt.displayAlignment, text);
    painter->restore();
}

} // namespace kikan::client
