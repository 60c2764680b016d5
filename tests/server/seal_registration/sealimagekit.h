// Generated seal impressions of known size at known resolution, for the image and certificate
// tests and the demo data: a ring (round seal) or a frame (square seal) with strokes inside, in
// 朱肉 red on white paper, optionally turned and with dust specks around it.
#pragma once

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace kikan::test {

struct GeneratedSeal {
    double widthMm = 15;
    double heightMm = 15;
    double dpi = 600;
    bool round = true;
    double turnDegrees = 0;
    bool specks = false;
    QColor ink = QColor(200, 30, 40);
};

inline QImage sealScan(const GeneratedSeal &g)
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

inline QByteArray encoded(const QImage &image, const char *format = "PNG")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

} // namespace kikan::test
