// Reading the old system's 外字 list (docs/character-identification.md "CSV format"): UTF-8 with
// or without BOM, RFC 4180 quoting, a header naming the columns vendor_code (required), juki_code,
// koseki_code, ucs, glyph_png_base64, reading, note. Pure parsing; nothing is stored here.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kikan::migration {

struct GlyphRow {
    int row = 0;          // record number in the file, the header being 1
    QString vendorCode;   // "F040"
    QString jukiCode;     // "J+9AD9" (upper case) or empty
    QString kosekiCode;   // six digits or empty
    QString ucsText;      // a character (+selector), or empty
    QByteArray glyphPng;  // the decoded PNG, or empty
    QString reading;
    QString note;
};

struct RowError {
    int row = 0;
    QString message; // Japanese, for staff
};

struct GlyphCsv {
    QList<GlyphRow> rows;
    QList<RowError> errors; // empty when every row is good
};

// Parses the whole file; every broken row is reported (the caller imports nothing if any is).
GlyphCsv parseGlyphCsv(const QByteArray &bytes);

// One CSV field, quoted when it needs to be (for the decided table).
QString csvField(const QString &value);

} // namespace kikan::migration
