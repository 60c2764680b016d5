// Imports of vehicle 異動 from outside (軽自動車検査協会 data; its real layout is [要確認]): the
// layout as data (resources/light_vehicle_tax/import-layouts.json: encoding Shift_JIS or UTF-8,
// header row, delimiter, which column holds which field, the 異動区分 codes — or, for a
// fixed-length layout, the record length and each field's byte offset and length in the encoded
// record, as the 全銀・住基 style files have them) and the pure reading
// of a file into lines, each with its errors in Japanese naming the line and the field (a line that
// cannot be decoded in the layout's encoding is one of them). Tests: vehicleimport_test.cpp.
#pragma once

#include "vehiclerecord.h"

#include <QByteArray>
#include <QHash>

namespace kikan::light_vehicle_tax {

struct ImportLayout {
    QString name;
    QString label;
    QString encoding;               // "Shift_JIS" | "UTF-8"
    bool header = true;
    QChar delimiter = QLatin1Char(',');
    QHash<QString, int> columns;    // field → 0-based column
    QHash<QString, QString> kinds;  // 異動区分 code → change kind
    // Fixed-length (recordLength > 0): each field's bytes in the encoded record (the field's column
    // is its index in `slices`); a record of another length, or a field whose bytes are not valid
    // in the encoding (a double-byte character cut in two), is an error of that line. Spaces
    // (half- and full-width) around a field are dropped.
    struct Slice {
        int start = 0;
        int length = 0;
    };
    int recordLength = 0;
    QList<Slice> slices;

    // Every layout of the file compiled in (:/light_vehicle_tax/import-layouts.json).
    static const QList<ImportLayout> &builtIn();
    static const ImportLayout *named(const QString &name);
};

struct ImportError {
    int line = 0;        // 1-based line of the file
    QString field;       // empty: the line as a whole
    QString message;     // Japanese, for staff
};

struct ImportLine {
    int line = 0;
    QString kind;        // change::…
    QDate effectiveDate;
    VehicleInput input;
};

struct ReadFile {
    QList<ImportLine> lines;
    QList<ImportError> errors;
};

// Reads a file under a layout: decodes each line, splits it (double quotes allowed), maps the
// columns. Blank lines are skipped; the header row too when the layout has one.
ReadFile readImportFile(const ImportLayout &layout, const QByteArray &bytes);

} // namespace kikan::light_vehicle_tax
