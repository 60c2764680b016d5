// A convenience-store payment agent's result file (速報 / 確報 / 取消) read into receipt lines
// through its layout, which is data (resources/revenue/convenience-layouts.json; REVENUE.md: each
// agent's file is its own, 電算システム's CSV the one public example): encoding, header row,
// columns, which column holds what, and what each 種別 asks. Every line is checked — encoding,
// column count, 種別, dates, the barcode's check digit, the amount against the barcode's — and
// each fault is named by line in Japanese; any fault stops the whole file (ParsedFile.errors).
#pragma once

#include "receipt.h"

#include <QHash>
#include <QJsonObject>

namespace kikan::revenue {

struct ConvenienceKind {
    LineAction action = LineAction::Pay;
    bool provisional = false;
};

struct ConvenienceLayout {
    QString name;
    QString encoding;
    bool header = true;
    int columns = 0;
    QHash<QString, int> fields;             // kind, paidOn, paidAt, barcode, amount, agentCode, shopCode
    QHash<QString, ConvenienceKind> kinds;  // the file's 種別 → what it asks
};

// The layouts compiled in, by agent ("dsk"). Throws std::runtime_error when the data is broken.
const QHash<QString, ConvenienceLayout> &convenienceLayouts();
// One layout from its JSON object. Errors: revenue.import_invalid naming the broken field.
core::Result<ConvenienceLayout> convenienceLayoutFromJson(const QJsonObject &o);

ParsedFile parseConvenienceFile(const QByteArray &bytes, const ConvenienceLayout &layout);

} // namespace kikan::revenue
