// A certificate PDF as the server sent it, read with Qt's PDF module (QtPdf, PDFium): the pages
// drawn for the preview (fitted into a box) and for a printer at the printer's resolution, in
// horizontal bands so that a 600 dpi A4 page never needs one huge image. The PDF stays in memory
// only (a certificate holds personal data: nothing is written to a temporary file).
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>

class QPagedPaintDevice;
class QPdfDocument;

namespace kikan::client {

class CertificatePdf
{
public:
    CertificatePdf();
    ~CertificatePdf();
    CertificatePdf(const CertificatePdf &) = delete;
    CertificatePdf &operator=(const CertificatePdf &) = delete;

    // Reads the PDF; false when it is not a PDF QtPdf can read (the old one is gone either way).
    bool load(const QByteArray &pdf);
    void clear();
    const QByteArray &bytes() const { return m_bytes; }
    int pageCount() const;
    // The page drawn as large as fits in box (device pixels = box × devicePixelRatio), white
    // background.
    QImage renderFitted(int page, const QSize &box, qreal devicePixelRatio = 1.0) const;
    // Draws every page on the device (a QPrinter or QPdfWriter), one device page per PDF page,
    // at the device's resolution. False when nothing is loaded or painting failed.
    bool print(QPagedPaintDevice *device) const;

private:
    QByteArray m_bytes;
    QBuffer m_buffer;
    QPdfDocument *m_document;
};

} // namespace kikan::client
