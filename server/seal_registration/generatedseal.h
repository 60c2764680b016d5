// Seal impressions drawn at a known size and resolution: the demo register's (sealdemo.h) and
// the tests' scans. Qt Gui only, so that the client's tests built for Windows draw the same ones.
#pragma once

#include <QColor>
#include <QImage>

namespace kikan::seal_registration {

// An impression of known size scanned at a known resolution.
struct GeneratedSeal {
    double widthMm = 15;
    double heightMm = 15;
    double dpi = 600;
    bool round = true;
    double turnDegrees = 0;
    bool specks = false;
    QColor ink = QColor(200, 30, 40);
};
QImage generatedScan(const GeneratedSeal &seal);
QByteArray encodedImage(const QImage &image, const char *format = "PNG");

} // namespace kikan::seal_registration
