// Demo data for the seal register (Module::writeDemoData, after `demotown generate` wrote the
// residents): a few hundred registrations of residents aged 15 or more, each with a generated
// impression (a ring or a square frame with strokes, 朱肉 red, known size) measured by the same
// code as a real scan, a card, and the events of a 即日登録. The generator also serves the tests.
#pragma once

#include "server/core/context.h"

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

// Writes `count` registrations once (none when the register has any); a line saying what was
// written, or empty.
QString writeDemoSeals(core::ServerContext &context, qint64 seed, int count = 300);

} // namespace kikan::seal_registration
