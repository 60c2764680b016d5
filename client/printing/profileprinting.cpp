// Printing through a profile (profileprinting.h).
#include "profileprinting.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace kikan::client {

namespace {
// Every element's frame (repeats: each slot), shifted by the offset, in device pixels.
void drawFrames(QPainter &painter, const std::vector<forms::Element> &elements, QPointF origin,
                double pxPerMm)
{
    for (const forms::Element &e : elements) {
        if (e.type == forms::ElementType::Repeat) {
            for (int slot = 0; slot < e.count; ++slot)
                drawFrames(painter, e.children, origin + e.rect.topLeft() + e.step * slot, pxPerMm);
            continue;
        }
        if (e.type == forms::ElementType::Line) {
            painter.drawLine(QLineF((e.line.p1() + origin) * pxPerMm, (e.line.p2() + origin) * pxPerMm));
            continue;
        }
        const QRectF r = e.rect.translated(origin);
        painter.drawRect(QRectF(r.topLeft() * pxPerMm, r.size() * pxPerMm));
    }
}
} // namespace

std::optional<QString> applyProfile(QPrinter &printer, const PrinterProfile &profile)
{
    // A PDF file named by the caller (tests, "save as PDF") needs no printer; anything else does
    // (Qt falls back to PDF output without a file when the terminal has no printers at all).
    const bool toFile = printer.outputFormat() == QPrinter::PdfFormat
                        && !printer.outputFileName().isEmpty();
    if (!toFile) {
        const QPrinterInfo info = QPrinterInfo::printerInfo(profile.printerName);
        if (profile.printerName.isEmpty() || info.isNull()) {
            return QCoreApplication::translate("kikan::client::ProfilePrinting",
                                               "The printer \"%1\" of the profile \"%2\" is "
                                               "not installed on this terminal. Nothing was "
                                               "printed.")
                .arg(profile.printerName, profile.name);
        }
        printer.setPrinterName(profile.printerName);
    }
    if (profile.dpi > 0)
        printer.setResolution(profile.dpi);
    printer.setDuplex(profile.duplex ? QPrinter::DuplexLongSide : QPrinter::DuplexNone);
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    return std::nullopt;
}

std::optional<QString> printForm(QPrinter &printer, const PrinterProfile &profile,
                                 const forms::FormRenderer &renderer,
                                 const QList<forms::PageData> &pages)
{
    if (auto error = applyProfile(printer, profile))
        return error;
    const std::optional<core::Error> failed =
        renderer.render(printer, pages, profile.offsetFor(renderer.layout().name()));
    if (failed)
        return failed->message;
    return std::nullopt;
}

void drawTestPage(QPainter &painter, const forms::FormLayout &layout, double pxPerMm,
                  forms::PrintOffset offset)
{
    const QSizeF paper = layout.paperSizeMm();
    painter.save();
    painter.translate(QPointF(offset.xMm, offset.yMm) * pxPerMm);
    painter.scale(offset.scale, offset.scale);
    QPen thin(QColor(150, 150, 150), 0);
    QPen bold(Qt::black, 0.25 * pxPerMm);
    for (int mm = 0; mm <= int(std::max(paper.width(), paper.height())); ++mm) {
        painter.setPen(mm % 10 == 0 ? bold : thin);
        if (mm <= paper.width())
            painter.drawLine(QLineF(mm * pxPerMm, 0, mm * pxPerMm, paper.height() * pxPerMm));
        if (mm <= paper.height())
            painter.drawLine(QLineF(0, mm * pxPerMm, paper.width() * pxPerMm, mm * pxPerMm));
        if (mm % 10 == 0 && mm > 0) {
            painter.setFont(QFont(QString(), 6));
            painter.drawText(QPointF(mm * pxPerMm + 0.5 * pxPerMm, 3 * pxPerMm), QString::number(mm));
            painter.drawText(QPointF(0.5 * pxPerMm, mm * pxPerMm - 0.5 * pxPerMm), QString::number(mm));
        }
    }
    painter.setPen(QPen(QColor(0xb7, 0x1c, 0x1c), 0.3 * pxPerMm));
    drawFrames(painter, layout.elements(), QPointF(), pxPerMm);
    painter.restore();
}

std::optional<QString> printTestPage(QPrinter &printer, const PrinterProfile &profile,
                                     const forms::FormLayout &layout)
{
    if (auto error = applyProfile(printer, profile))
        return error;
    printer.setPageSize(layout.pageSize());
    printer.setPageOrientation(layout.orientation());
    QPainter painter;
    if (!painter.begin(&printer))
        return QCoreApplication::translate("kikan::client::ProfilePrinting",
                                           "The printer could not start printing.");
    const double pxPerMm = printer.logicalDpiX() / 25.4;
    drawTestPage(painter, layout, pxPerMm, profile.offsetFor(layout.name()));
    painter.end();
    return std::nullopt;
}

} // namespace kikan::client
