// OCR batches (docs/revenue.md "OCR"): the reader's output folder — its recognition file (layout as
// data, resources/revenue/ocr-layouts.json, CSV or fixed-length, because the reader's format is
// [要確認]) and one image per slip. Each slip's own GS1-128 barcode is read from its image with
// zxing-cpp (which reports the GS1 symbology identifier ]C1) as a second, self-checking source:
// barcode and recognised fields that agree make a payment; a disagreement (or an unreadable
// barcode) makes a receipt kept as mismatch for staff, with its image. A line that cannot be read
// at all (no such image, a field that is no number) stops the batch and is named.
#pragma once

#include "receipt.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

class QImage;

namespace kikan::revenue {

struct OcrLayout {
    bool fixedLength = false;
    QString encoding;
    bool header = false;
    QHash<QString, QPair<int, int>> fields; // name → (column, 0) for CSV, (start, length) fixed
};

const QHash<QString, OcrLayout> &ocrLayouts();
core::Result<OcrLayout> ocrLayoutFromJson(const QJsonObject &o);

// The GS1-128 barcode (AI 91: 44 digits) zxing-cpp finds in a slip's image (one, or none when
// it finds no GS1-128).
QStringList readSlipBarcodes(const QImage &image);

// The batch in `folder` read through `layout` from its recognition file `recognitionFile`.
// The returned bytes identify the batch (the recognition file and every image, in order) so
// that the same batch imported twice applies once.
// Decoding is the slow part (a real batch is thousands of slips): `progress.report(done, total)`
// is called before the first slip and after every `chunk` lines of the recognition file (and the
// last one); what it throws (a cancelled job) stops the reading.
struct OcrBatch {
    ParsedFile parsed;
    QByteArray identity;
};
struct OcrReadProgress {
    int chunk = 0; // 0: no reports
    std::function<void(qint64 done, qint64 total)> report;
};
OcrBatch readOcrBatch(const QString &folder, const QString &recognitionFile, const OcrLayout &layout,
                      const OcrReadProgress &progress = {});

} // namespace kikan::revenue
