// Measuring a scanned impression (sealimage.h): ink map, Otsu threshold, speck removal, deskew by
// the smallest bounding box, crop, 1-bit PNG.
#include "sealimage.h"

#include "shared/api/seal_registration/errors.h"

#include <QBuffer>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <array>
#include <numeric>
#include <vector>

namespace kikan::seal_registration {

namespace {
constexpr double kMmPerInch = 25.4;

// Darkness of each pixel: 255 - the darkest channel (transparent counts as white paper).
std::vector<quint8> inkMap(const QImage &scan)
{
    const QImage argb = scan.convertToFormat(QImage::Format_ARGB32);
    std::vector<quint8> ink(size_t(argb.width()) * size_t(argb.height()));
    for (int y = 0; y < argb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            const QRgb p = line[x];
            const int darkest = std::min({qRed(p), qGreen(p), qBlue(p)});
            const int onWhite = 255 - (255 - darkest) * qAlpha(p) / 255;
            ink[size_t(y) * size_t(argb.width()) + size_t(x)] = quint8(255 - onWhite);
        }
    }
    return ink;
}

// Otsu's threshold over the darkness histogram; -1 when there is no contrast to speak of.
int otsuThreshold(const std::vector<quint8> &ink)
{
    std::array<double, 256> histogram{};
    for (quint8 v : ink)
        histogram[v] += 1;
    const double total = double(ink.size());
    double sumAll = 0;
    for (int i = 0; i < 256; ++i)
        sumAll += i * histogram[size_t(i)];
    double weightBelow = 0, sumBelow = 0, bestVariance = -1;
    int best = -1;
    for (int t = 0; t < 255; ++t) {
        weightBelow += histogram[size_t(t)];
        sumBelow += t * histogram[size_t(t)];
        const double weightAbove = total - weightBelow;
        if (weightBelow == 0 || weightAbove == 0)
            continue;
        const double meanBelow = sumBelow / weightBelow;
        const double meanAbove = (sumAll - sumBelow) / weightAbove;
        const double variance = weightBelow * weightAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
        if (variance > bestVariance) {
            bestVariance = variance;
            best = t;
        }
    }
    const auto [lo, hi] = std::minmax_element(ink.begin(), ink.end());
    return (*hi - *lo) < 64 ? -1 : best;
}

int findRoot(std::vector<int> &parent, int i)
{
    while (parent[size_t(i)] != i)
        i = parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
    return i;
}

// Keeps the ink pixels whose 8-connected blob has at least `minArea` pixels.
std::vector<bool> dropSpecks(const std::vector<bool> &ink, int width, int height, int minArea)
{
    std::vector<int> parent(ink.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const int i = y * width + x;
            if (!ink[size_t(i)])
                continue;
            const std::array<std::pair<int, int>, 4> before{{{-1, 0}, {-1, -1}, {0, -1}, {1, -1}}};
            for (auto [dx, dy] : before) {
                const int nx = x + dx, ny = y + dy;
                if (nx >= 0 && nx < width && ny >= 0 && ink[size_t(ny * width + nx)])
                    parent[size_t(findRoot(parent, i))] = findRoot(parent, ny * width + nx);
            }
        }
    std::vector<int> area(ink.size(), 0);
    for (size_t i = 0; i < ink.size(); ++i)
        if (ink[i])
            ++area[size_t(findRoot(parent, int(i)))];
    std::vector<bool> kept(ink.size(), false);
    for (size_t i = 0; i < ink.size(); ++i)
        kept[i] = ink[i] && area[size_t(findRoot(parent, int(i)))] >= minArea;
    return kept;
}

// The outline of the ink: each row's leftmost and rightmost pixel corners.
std::vector<QPointF> outline(const std::vector<bool> &ink, int width, int height)
{
    std::vector<QPointF> points;
    for (int y = 0; y < height; ++y) {
        int first = -1, last = -1;
        for (int x = 0; x < width; ++x)
            if (ink[size_t(y * width + x)]) {
                if (first < 0)
                    first = x;
                last = x;
            }
        if (first < 0)
            continue;
        for (double dy : {0.0, 1.0}) {
            points.emplace_back(first, y + dy);
            points.emplace_back(last + 1, y + dy);
        }
    }
    return points;
}

double boxArea(const std::vector<QPointF> &points, double degrees)
{
    const double c = qCos(qDegreesToRadians(degrees)), s = qSin(qDegreesToRadians(degrees));
    double minX = 1e18, maxX = -1e18, minY = 1e18, maxY = -1e18;
    for (const QPointF &p : points) {
        const double x = p.x() * c - p.y() * s, y = p.x() * s + p.y() * c;
        minX = std::min(minX, x), maxX = std::max(maxX, x);
        minY = std::min(minY, y), maxY = std::max(maxY, y);
    }
    return (maxX - minX) * (maxY - minY);
}

// The rotation (degrees, Qt's sense) that gives the smallest box; among near-equal boxes (a round
// seal) the one nearest to no rotation.
double deskewAngle(const std::vector<QPointF> &points, double maxSkew)
{
    std::vector<std::pair<double, double>> tried; // angle, area
    for (double a = -maxSkew; a <= maxSkew + 1e-9; a += 0.25)
        tried.emplace_back(a, boxArea(points, a));
    const double coarse = std::min_element(tried.begin(), tried.end(), [](auto &l, auto &r) {
                              return l.second < r.second;
                          })->first;
    for (double a = coarse - 0.25; a <= coarse + 0.25 + 1e-9; a += 0.05)
        tried.emplace_back(a, boxArea(points, a));
    const double smallest = std::min_element(tried.begin(), tried.end(), [](auto &l, auto &r) {
                                return l.second < r.second;
                            })->second;
    double best = maxSkew + 1;
    for (const auto &[angle, area] : tried)
        if (area <= smallest * 1.003 && std::abs(angle) < std::abs(best))
            best = angle;
    return std::abs(best) < 0.05 ? 0.0 : best;
}

QImage maskImage(const std::vector<bool> &ink, int width, int height)
{
    QImage mask(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(mask.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = ink[size_t(y * width + x)] ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
    }
    return mask;
}

// The mask turned by `degrees` about its centre, on white, binarised again at half grey.
QImage rotated(const QImage &mask, double degrees)
{
    if (degrees == 0)
        return mask;
    const QRect bounds = QTransform().rotate(degrees).mapRect(mask.rect()).adjusted(-2, -2, 2, 2);
    QImage out(bounds.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(out.width() / 2.0, out.height() / 2.0);
    painter.rotate(degrees);
    painter.drawImage(QPointF(-mask.width() / 2.0, -mask.height() / 2.0), mask);
    painter.end();
    return out;
}

// The dark pixels' box cut out as a 1-bit image.
QImage cropToInk(const QImage &image, double dpi)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qGray(line[x]) < 128)
                box |= QRect(x, y, 1, 1);
    }
    QImage out = image.copy(box).convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
    const int dotsPerMetre = qRound(dpi / kMmPerInch * 1000.0);
    out.setDotsPerMeterX(dotsPerMetre);
    out.setDotsPerMeterY(dotsPerMetre);
    return out;
}

// The file's resolution; PNG keeps whole dots per metre, so 600 dpi reads 599.9988: to 0.1 dpi.
double fileDpi(const QImage &scan)
{
    return qRound(scan.dotsPerMeterX() * kMmPerInch / 100.0) / 10.0;
}
} // namespace

ImpressionSize impressionSize(const QImage &image)
{
    const double dpi = fileDpi(image);
    return {image.width() / dpi * kMmPerInch, image.height() / dpi * kMmPerInch};
}

MeasuredImpression measureImpression(const QByteArray &file, const ScanSettings &settings)
{
    QImage scan = QImage::fromData(file);
    if (scan.isNull())
        throw core::Failure(api::err::SealImageUnreadable);
    MeasuredImpression out;
    out.dpi = settings.dpi > 0 ? settings.dpi : fileDpi(scan);
    if (out.dpi < settings.minimumDpi)
        throw core::Failure(api::err::SealNoResolution);
    if (!settings.region.isEmpty())
        scan = scan.copy(settings.region.intersected(scan.rect()));
    const int width = scan.width(), height = scan.height();
    const std::vector<quint8> darkness = inkMap(scan);
    out.threshold = otsuThreshold(darkness);
    if (out.threshold < 0)
        throw core::Failure(api::err::SealNoImpression);
    std::vector<bool> ink(darkness.size());
    for (size_t i = 0; i < darkness.size(); ++i)
        ink[i] = darkness[i] > out.threshold;
    const double speckPixels = settings.speckMm / kMmPerInch * out.dpi;
    ink = dropSpecks(ink, width, height, qMax(1, qRound(speckPixels * speckPixels)));
    const std::vector<QPointF> points = outline(ink, width, height);
    if (points.empty())
        throw core::Failure(api::err::SealNoImpression);
    out.skewDegrees = deskewAngle(points, settings.maximumSkewDegrees);
    out.image = cropToInk(rotated(maskImage(ink, width, height), out.skewDegrees), out.dpi);
    out.size = {out.image.width() / out.dpi * kMmPerInch, out.image.height() / out.dpi * kMmPerInch};
    QBuffer buffer(&out.png);
    buffer.open(QIODevice::WriteOnly);
    out.image.save(&buffer, "PNG");
    return out;
}

} // namespace kikan::seal_registration
