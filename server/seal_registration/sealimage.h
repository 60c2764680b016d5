// The seal image: a scanner's file (PNG or TIFF) of the impression stamped on the 印鑑登録申請書
// becomes a binarised, deskewed, cropped impression with its size in millimetres, kept as PNG (1 bit,
// lossless, its resolution written in the file). Steps: read (Qt's image plug-ins); the resolution
// from the file or as given; ink = the darkest channel of each pixel (red 朱肉 and black ink alike),
// threshold by Otsu's method; specks smaller than a set area dropped (dust, paper fibres); the skew
// that gives the smallest axis-aligned box of the ink (a square seal stands square; a round one
// stays as scanned); the ink rotated by it, cropped to its box and measured. The size rule is then
// sealrules.h's sizeRefusal on the measured size. Tests: tests/server/seal_registration/
// sealimage_test.cpp (generated impressions of known size at known dpi).
#pragma once

#include "sealrules.h"

#include <QByteArray>
#include <QImage>
#include <QRect>

namespace kikan::seal_registration {

struct ScanSettings {
    double dpi = 0;          // 0: read it from the file
    QRect region;            // the part of the scan holding the impression (pixels); empty: all
    double minimumDpi = 200; // a file that says less (or nothing: Qt reads 72) is refused
    double maximumSkewDegrees = 15;
    double speckMm = 0.4;    // ink blobs smaller than this square are dropped
};

struct MeasuredImpression {
    QImage image;            // the impression alone: 1 bit, ink black, resolution set
    QByteArray png;          // the same, PNG-encoded (what is stored)
    double dpi = 0;
    double skewDegrees = 0;  // the rotation applied to stand it straight
    int threshold = 0;       // the ink threshold found (0–255, darkest channel)
    ImpressionSize size;     // millimetres, of the deskewed box
};

// Reads and measures a scan; throws core::Failure (seal.image_unreadable, seal.no_resolution,
// seal.no_impression).
MeasuredImpression measureImpression(const QByteArray &file, const ScanSettings &settings = {});

// The size of an impression image already measured (its own resolution), e.g. a stored PNG.
ImpressionSize impressionSize(const QImage &image);

} // namespace kikan::seal_registration
