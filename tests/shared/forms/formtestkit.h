// Helpers for testing printed forms with the real tools (STYLE.md "Golden files for printed forms:
// render, compare, on failure print the command that regenerates them"): pdftoppm, pdftotext,
// zbarimg --nodbus, and golden PNGs under tests/data/forms/.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace kikan::test {

// Writes `pdf` to a file in a fresh temporary directory that lives until the process ends.
QString writeTempPdf(const QByteArray &pdf, const QString &name);
// Page `page` (1-based) of a PDF rasterised by pdftoppm at `dpi`, grey scale. Null on failure.
QImage rasterise(const QString &pdfPath, int page, int dpi);
// Number of pages (pdfinfo).
int pdfPageCount(const QString &pdfPath);
// pdftotext -layout of one page (0: all pages).
QString pdfText(const QString &pdfPath, int page = 0);
// zbarimg --nodbus on an image: its "TYPE:data" lines.
QStringList decodeBarcodes(const QImage &image);
// Part of a page raster: `mm` converted at `dpi`.
QImage cropMm(const QImage &page, const QRectF &mm, int dpi);
// Fraction of pixels whose grey differs by more than 64 between two images of one size (1.0 if
// the sizes differ).
double differingFraction(const QImage &a, const QImage &b);
// Bounding box of dark pixels (grey < 128).
QRect inkBounds(const QImage &image);

// Compares `actual` with tests/data/forms/<name>.png; true when within `tolerance` (fraction of
// differing pixels). On failure writes the actual image next to the build tree, prints both paths
// and the command that regenerates the golden (KIKAN_UPDATE_GOLDEN=1 re-running `testProgram`).
// With KIKAN_UPDATE_GOLDEN=1 set it writes the golden instead and returns true.
bool matchesGolden(const QImage &actual, const QString &name, double tolerance,
                   const QString &testProgram);

} // namespace kikan::test
