// Generated impressions (generatedseal.h): a frame and three strokes in 朱肉 red on white, the
// scan's resolution written into the image.
#include "generatedseal.h"

#include <QBuffer>
#include <QPainter>

namespace kikan::seal_registration {

QImage generatedScan(const GeneratedSeal &g)
{
    const double px = g.dpi / 25.4; // pixels per millimetre
    const double margin = 6 * px;
    const QSizeF seal(g.widthMm * px, g.heightMm * px);
    QImage scan(qRound(seal.width() + 2 * margin + seal.height()),
                qRound(seal.height() + 2 * margin + seal.width()), QImage::Format_RGB32);
    scan.fill(Qt::white);
    QPainter p(&scan);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(scan.width() / 2.0, scan.height() / 2.0);
    p.rotate(g.turnDegrees);
    const double pen = 0.6 * px;
    p.setPen(QPen(g.ink, pen));
    const QRectF outer(-seal.width() / 2, -seal.height() / 2, seal.width(), seal.height());
    const QRectF frame = outer.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2);
    if (g.round)
        p.drawEllipse(frame);
    else
        p.drawRect(frame);
    p.setPen(QPen(g.ink, 0.5 * px));
    const QRectF inner = outer.adjusted(seal.width() * 0.3, seal.height() * 0.25,
                                        -seal.width() * 0.3, -seal.height() * 0.25);
    p.drawLine(inner.topLeft(), inner.bottomLeft());
    p.drawLine(inner.topRight(), inner.bottomRight());
    p.drawLine(QPointF(inner.left(), inner.center().y()), QPointF(inner.right(), inner.center().y()));
    p.resetTransform();
    if (g.specks) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(60, 60, 60));
        for (int i = 0; i < 6; ++i)
            p.drawEllipse(QPointF(4 + i * 3, 4 + i * (scan.height() - 12) / 6.0), 1.0, 1.0);
    }
    p.end();
    const int dotsPerMetre = qRound(g.dpi / 25.4 * 1000);
    scan.setDotsPerMeterX(dotsPerMetre);
    scan.setDotsPerMeterY(dotsPerMetre);
    return scan;
}

QByteArray encodedImage(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

} // namespace kikan::seal_registration
