// Certificate PDFs on screen and on paper (certificatepdf.h).
#include "certificatepdf.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfDocumentRenderOptions>

#include <algorithm>
#include <cmath>

namespace kikan::client {

namespace {
// Height of one band when printing: 512 rows × A4 width at 600 dpi ≈ 10 MB of ARGB.
constexpr int kBandRows = 512;

// PDFium leaves the paper transparent: the page on white, as printed.
QImage onWhite(const QImage &page)
{
    QImage out(page.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, page);
    return out;
}
} // namespace

CertificatePdf::CertificatePdf() : m_document(new QPdfDocument) {}

CertificatePdf::~CertificatePdf()
{
    delete m_document;
}

bool CertificatePdf::load(const QByteArray &pdf)
{
    clear();
    m_bytes = pdf;
    m_buffer.setData(m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    if (m_document->status() != QPdfDocument::Status::Ready || m_document->pageCount() < 1) {
        clear();
        return false;
    }
    return true;
}

void CertificatePdf::clear()
{
    m_document->close();
    m_buffer.close();
    m_buffer.setData(QByteArray());
    m_bytes.clear();
}

int CertificatePdf::pageCount() const
{
    return m_bytes.isEmpty() ? 0 : m_document->pageCount();
}

QImage CertificatePdf::renderFitted(int page, const QSize &box, qreal devicePixelRatio) const
{
    if (page < 0 || page >= pageCount() || box.isEmpty())
        return {};
    const QSizeF points = m_document->pagePointSize(page);
    const QSize size = points.scaled(QSizeF(box) * devicePixelRatio, Qt::KeepAspectRatio)
                           .toSize();
    QImage image = onWhite(m_document->render(page, size));
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

bool CertificatePdf::print(QPagedPaintDevice *device) const
{
    if (pageCount() < 1)
        return false;
    QPainter painter;
    for (int page = 0; page < pageCount(); ++page) {
        const QSizeF points = m_document->pagePointSize(page);
        QPageLayout layout(QPageSize(points, QPageSize::Point), QPageLayout::Portrait, {});
        layout.setMode(QPageLayout::FullPageMode);
        if (page == 0) {
            device->setPageLayout(layout);
            if (!painter.begin(device))
                return false;
        } else {
            device->setPageLayout(layout);
            if (!device->newPage())
                return false;
        }
        // The whole page at the device's resolution, drawn band by band.
        const QSize full(qRound(points.width() * device->logicalDpiX() / 72.0),
                         qRound(points.height() * device->logicalDpiY() / 72.0));
        const QRect target = painter.viewport();
        const double scale = double(target.height()) / full.height();
        for (int y = 0; y < full.height(); y += kBandRows) {
            const int rows = std::min(kBandRows, full.height() - y);
            QPdfDocumentRenderOptions options;
            options.setScaledSize(full);
            options.setScaledClipRect(QRect(0, y, full.width(), rows));
            const QImage band = onWhite(m_document->render(page, QSize(full.width(), rows),
                                                           options));
            if (band.isNull())
                return false;
            painter.drawImage(QRectF(target.left(), target.top() + y * scale,
                                     full.width() * scale, rows * scale),
                              band);
        }
    }
    return painter.end();
}

} // namespace kikan::client
