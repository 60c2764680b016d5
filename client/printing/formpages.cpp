// Pages the server prepared, drawn on this terminal (formpages.h).
#include "formpages.h"

#include "profileprinting.h"

#include "shared/forms/pageimage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>

#include <algorithm>

namespace kikan::client {

namespace {
// The layouts the client carries (client/printing/CMakeLists.txt embeds resources/forms).
const QString kFormsDir = QStringLiteral(":/kikan/forms/");
// A preview is drawn at least at this resolution, then scaled down: text is fitted at a
// resolution close to the printer's, never at a thumbnail's.
constexpr double kPreviewMinDpi = 150;

// The terminal's profile for the printer chosen, or one that changes nothing.
PrinterProfile profileFor(const QPrinter &printer)
{
    for (const PrinterProfile &p : loadProfiles()) {
        if (p.printerName == printer.printerName())
            return p;
    }
    PrinterProfile none;
    none.name = printer.printerName();
    none.printerName = printer.printerName();
    return none;
}
} // namespace

std::optional<QString> FormPages::load(const QByteArray &json)
{
    clear();
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    core::Result<forms::PageSet> set = forms::pageSetFromJson(doc.object());
    if (!set.ok())
        return set.error().message;
    core::Result<forms::FormLayout> layout = forms::layoutOf(set.value(), kFormsDir);
    if (!layout.ok())
        return layout.error().message;
    m_renderer.emplace(layout.value());
    m_pages = set.value().pages;
    m_layoutFile = set.value().layout;
    return std::nullopt;
}

void FormPages::clear()
{
    m_renderer.reset();
    m_pages.clear();
    m_layoutFile.clear();
}

QImage FormPages::renderFitted(int page, const QSize &box, qreal devicePixelRatio) const
{
    if (!m_renderer || page < 0 || page >= m_pages.size() || box.isEmpty())
        return {};
    const QSizeF inches = m_renderer->layout().paperSizeMm() / 25.4;
    const QSizeF target = QSizeF(box) * devicePixelRatio;
    const double dpi = std::min(target.width() / inches.width(), target.height() / inches.height());
    core::Result<QImage> image = forms::renderPageImage(*m_renderer, m_pages.at(page),
                                                         std::max(dpi, kPreviewMinDpi));
    if (!image.ok())
        return {};
    QImage out = image.value();
    if (dpi < kPreviewMinDpi) {
        out = out.scaled(qRound(inches.width() * dpi), qRound(inches.height() * dpi),
                         Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    out.setDevicePixelRatio(devicePixelRatio);
    return out;
}

std::optional<QString> FormPages::print(QPrinter &printer) const
{
    if (!m_renderer || m_pages.isEmpty())
        return QCoreApplication::translate("kikan::client::FormPages", "There are no pages to print.");
    return printForm(printer, profileFor(printer), *m_renderer, m_pages);
}

QByteArray FormPages::pdf(const QString &title) const
{
    if (!m_renderer || m_pages.isEmpty())
        return {};
    core::Result<QByteArray> bytes = m_renderer->renderPdf(m_pages, {}, title);
    return bytes.ok() ? bytes.value() : QByteArray();
}

} // namespace kikan::client
