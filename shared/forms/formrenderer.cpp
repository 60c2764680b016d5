// Form rendering in two passes: plan (substitute values, fit every text, encode every barcode,
// in device pixels) and paint. See formrenderer.h.
#include "formrenderer.h"
#include "pageimage.h"

#include "barcode.h"
#include "textfit.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

namespace kikan::forms {

namespace {

struct DrawOp {
    ElementType type = ElementType::Box;
    QRectF rect;
    QLineF line;
    double penWidth = 0;
    FittedText text;
    BarcodeShape barcode;
    QImage image;
};

class Planner {
public:
    Planner(const QPaintDevice *device, PrintOffset offset)
        : m_device(device), m_pxPerMm(device->logicalDpiX() / 25.4),
          m_offset(offset.xMm, offset.yMm)
    {
    }

    std::optional<core::Error> error;

    // One form's drawing, its origin at `origin` mm (a slot of an N-up sheet), added to `ops`.
    void plan(const FormLayout &layout, const PageData &page, QPointF origin, std::vector<DrawOp> &ops)
    {
        m_page = &page;
        planElements(layout.elements(), origin, nullptr, ops);
    }

private:
    QRectF px(const QRectF &mm, QPointF origin) const
    {
        const QRectF r = mm.translated(origin + m_offset);
        return QRectF(r.x() * m_pxPerMm, r.y() * m_pxPerMm, r.width() * m_pxPerMm,
                      r.height() * m_pxPerMm);
    }
    QPointF px(QPointF mm, QPointF origin) const { return (mm + origin + m_offset) * m_pxPerMm; }

    std::optional<QString> lookup(const QString &key, const Values *row) const
    {
        if (row && row->contains(key))
            return row->value(key);
        if (m_page->values.contains(key))
            return m_page->values.value(key);
        return std::nullopt;
    }

    bool visible(const Element &e, const Values *row) const
    {
        if (!e.when.isEmpty() && lookup(e.when, row).value_or(QString()).isEmpty())
            return false;
        if (!e.unless.isEmpty() && !lookup(e.unless, row).value_or(QString()).isEmpty())
            return false;
        return true;
    }

    QString substitute(const QString &text, const Values *row)
    {
        static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z0-9_.]+)\\}"));
        QString out;
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(last, m.capturedStart() - last);
            const std::optional<QString> value = lookup(m.captured(1), row);
            if (!value && !error) {
                error = core::Error{QString::fromLatin1(err::MissingValue),
                                    QStringLiteral("帳票の項目 %1 に値がありません")
                                        .arg(m.captured(1))};
            }
            out += value.value_or(QString());
            last = m.capturedEnd();
        }
        return out + text.mid(last);
    }

    static bool hasPlaceholder(const Element &e) { return e.text.contains(u'{'); }

    void planElements(const std::vector<Element> &elements, QPointF origin, const Values *row,
                      std::vector<DrawOp> &ops, bool staticOnly = false)
    {
        for (const Element &e : elements) {
            if (error)
                return;
            if (staticOnly && (hasPlaceholder(e) || !e.when.isEmpty() || !e.unless.isEmpty()))
                continue;
            if (!staticOnly && !visible(e, row))
                continue;
            planElement(e, origin, row, ops);
        }
    }

    void planElement(const Element &e, QPointF origin, const Values *row,
                     std::vector<DrawOp> &ops)
    {
        DrawOp op;
        op.type = e.type;
        op.penWidth = e.lineWidth * m_pxPerMm;
        switch (e.type) {
        case ElementType::Box:
            op.rect = px(e.rect, origin);
            break;
        case ElementType::Line:
            op.line = QLineF(px(e.line.p1(), origin), px(e.line.p2(), origin));
            break;
        case ElementType::Text: {
            const QString text = substitute(e.text, row);
            if (error || text.isEmpty())
                return;
            op.rect = px(e.rect, origin);
            auto fitted = fitText(text, e, op.rect, m_device);
            if (!fitted.ok()) {
                error = fitted.error();
                return;
            }
            op.text = fitted.value();
            break;
        }
        case ElementType::Barcode: {
            const QString data = substitute(e.text, row);
            if (error || data.isEmpty())
                return;
            auto shape = encodeBarcode(e.symbology, data);
            if (!shape.ok()) {
                error = shape.error();
                return;
            }
            op.rect = px(e.rect, origin);
            op.barcode = shape.value();
            break;
        }
        case ElementType::Image:
            if (!planImage(e, origin, op))
                return;
            break;
        case ElementType::Repeat:
            planRepeat(e, origin, ops);
            return;
        }
        ops.push_back(std::move(op));
    }

    // An image at its own size in mm (its resolution), centred in the element's box, or fitted
    // to the box; white made transparent so that it lies over lines like ink. False: nothing to draw.
    bool planImage(const Element &e, QPointF origin, DrawOp &op)
    {
        if (!m_page->images.contains(e.imageKey)) {
            error = core::Error{QString::fromLatin1(err::MissingValue),
                                QStringLiteral("帳票の画像 %1 がありません").arg(e.imageKey)};
            return false;
        }
        const QByteArray bytes = m_page->images.value(e.imageKey);
        if (bytes.isEmpty())
            return false;
        QImage image = QImage::fromData(bytes);
        if (image.isNull() || image.dotsPerMeterX() <= 0 || image.dotsPerMeterY() <= 0) {
            error = core::Error{QString::fromLatin1(err::ImageInvalid),
                                QStringLiteral("帳票の画像 %1 を読めません").arg(e.imageKey)};
            return false;
        }
        QSizeF mm(image.width() * 1000.0 / image.dotsPerMeterX(),
                  image.height() * 1000.0 / image.dotsPerMeterY());
        if (!e.imageNaturalSize)
            mm.scale(e.rect.size(), Qt::KeepAspectRatio);
        const QRectF placed(e.rect.center() - QPointF(mm.width() / 2, mm.height() / 2), mm);
        op.rect = px(placed, origin);
        image = image.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < image.height(); ++y) {
            QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x)
                if (qRed(line[x]) > 250 && qGreen(line[x]) > 250 && qBlue(line[x]) > 250)
                    line[x] = qRgba(255, 255, 255, 0);
        }
        op.image = image;
        return true;
    }

    void planRepeat(const Element &e, QPointF origin, std::vector<DrawOp> &ops)
    {
        const QList<Values> rows = m_page->rows.value(e.source);
        if (rows.size() > e.count) {
            error = core::Error{QString::fromLatin1(err::TooManyRows),
                                QStringLiteral("%1 は 1 ページに %2 件までです (%3 件)")
                                    .arg(e.source)
                                    .arg(e.count)
                                    .arg(rows.size())};
            return;
        }
        for (int slot = 0; slot < e.count && !error; ++slot) {
            const QPointF slotOrigin = origin + e.rect.topLeft() + e.step * slot;
            if (slot < rows.size()) {
                planElements(e.children, slotOrigin, &rows.at(slot), ops);
            } else {
                // An unused slot keeps its frame and labels (the printed grid), no values.
                planElements(e.children, slotOrigin, nullptr, ops, true);
                if (slot == rows.size())
                    planElements(e.empty, slotOrigin, nullptr, ops);
            }
        }
    }

    const QPaintDevice *m_device;
    double m_pxPerMm;
    QPointF m_offset;
    const PageData *m_page = nullptr;
};

void paint(QPainter &painter, const std::vector<DrawOp> &ops)
{
    for (const DrawOp &op : ops) {
        switch (op.type) {
        case ElementType::Box:
            painter.setPen(QPen(Qt::black, op.penWidth));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(op.rect);
            break;
        case ElementType::Line:
            painter.setPen(QPen(Qt::black, op.penWidth));
            painter.drawLine(op.line);
            break;
        case ElementType::Text:
            painter.setPen(Qt::black);
            paintText(painter, op.text, op.rect);
            break;
        case ElementType::Barcode:
            paintBarcode(painter, op.barcode, op.rect);
            break;
        case ElementType::Image:
            painter.drawImage(op.rect, op.image);
            break;
        case ElementType::Repeat:
            break;
        }
    }
}

} // namespace

std::optional<core::Error> FormRenderer::render(QPagedPaintDevice &device,
                                                const QList<PageData> &pages,
                                                PrintOffset offset) const
{
    if (pages.isEmpty()) {
        return core::Error{QString::fromLatin1(err::RenderFailed),
                           QStringLiteral("印刷するページがありません")};
    }
    device.setPageSize(m_layout.pageSize());
    device.setPageOrientation(m_layout.orientation());

    Planner planner(&device, offset);
    std::vector<std::vector<DrawOp>> plans; // one per sheet: formsPerSheet() forms each
    int slot = m_layout.formsPerSheet(); // the slot of the next form: the sheet is full
    for (const PageData &page : pages) {
        if (slot == m_layout.formsPerSheet() || (page.startsSheet && slot > 0)) {
            plans.emplace_back();
            slot = 0;
        }
        planner.plan(m_layout, page, m_layout.sheetStep() * slot++, plans.back());
        if (planner.error)
            return planner.error;
    }

    QPainter painter;
    if (!painter.begin(&device)) {
        return core::Error{QString::fromLatin1(err::RenderFailed),
                           QStringLiteral("印刷を開始できません")};
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Positions are from the paper's corner: undo the margins the device keeps.
    const int dpi = device.logicalDpiX();
    const QPointF paintOrigin = device.pageLayout().paintRectPixels(dpi).topLeft();
    for (size_t i = 0; i < plans.size(); ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return core::Error{QString::fromLatin1(err::RenderFailed),
                               QStringLiteral("改ページできません")};
        }
        painter.save();
        painter.translate(-paintOrigin);
        if (offset.scale != 1.0) { // scale the form, not the offset: base × scale + offset
            const QPointF shift = QPointF(offset.xMm, offset.yMm) * (dpi / 25.4);
            painter.translate(shift);
            painter.scale(offset.scale, offset.scale);
            painter.translate(-shift);
        }
        paint(painter, plans[i]);
        painter.restore();
    }
    painter.end();
    return std::nullopt;
}

core::Result<QImage> renderPageImage(const FormRenderer &renderer, const PageData &page, double dpi)
{
    const FormLayout &layout = renderer.layout();
    const QSizeF mm = layout.paperSizeMm();
    QImage image(qRound(mm.width() / 25.4 * dpi), qRound(mm.height() / 25.4 * dpi),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    Planner planner(&image, {});
    std::vector<DrawOp> ops; // one form at the sheet's first slot
    planner.plan(layout, page, QPointF(0, 0), ops);
    if (planner.error)
        return *planner.error;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    paint(painter, ops);
    painter.end();
    return image;
}

core::Result<QByteArray> FormRenderer::renderPdf(const QList<PageData> &pages, PrintOffset offset,
                                                 const QString &title, int dpi) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(dpi);
        writer.setCreator(QStringLiteral("Kikan"));
        writer.setTitle(title.isEmpty() ? m_layout.name() : title);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        if (auto error = render(writer, pages, offset))
            return *error;
    }
    buffer.close();
    return bytes;
}

} // namespace kikan::forms
