// Reading a date typed at the counter or found in a file, in every form FORMATS.md "Dates" lists:
// 和暦 long (平成5年1月1日, 平成元年…, 平5年…), short (H5.1.1, h5/1/1), the counter's 7 digits
// (4050101 = 平成5年1月1日; era codes 1 明治 … 5 令和), 西暦 8 digits (19930101) and 西暦 with
// separators (1993-01-01, 1993/1/1, 1993年1月1日). Full-width digits, letters and punctuation are
// accepted; spaces are ignored.
#pragma once

#include "shared/core/error.h"
#include "shared/core/wareki.h"

#include <QDate>
#include <QString>

namespace kikan::core {

enum class DateForm {
    WarekiLong,     // 平成5年1月1日
    WarekiShort,    // H5.1.1
    CounterDigits,  // 4050101
    SeirekiDigits,  // 19930101
    SeirekiWritten, // 1993-01-01, 1993/1/1, 1993年1月1日
};

struct ParsedDate {
    QDate date;
    DateForm form;
};

// Errors: date.empty, date.format (not a date form), date.invalid (no such day),
// date.outside_era (the era had ended or not begun), date.out_of_range (before 明治).
Result<ParsedDate> parseDate(const QString &text);

// Full-width ASCII (U+FF01..U+FF5E) to ASCII and every white space removed.
QString compactAscii(const QString &text);

} // namespace kikan::core
