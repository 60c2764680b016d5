// What staff typed into the counter's single search box: a date (which form), a number (宛名番号
// and the like) or a name (which script), so they never pick a search mode (FORMATS.md "Dates",
// as the town's open-source counter system MADO does).
#pragma once

#include "shared/core/dateinput.h"
#include "shared/core/error.h"

#include <QDate>
#include <QString>

namespace kikan::core {

enum class SearchKind {
    Empty,       // nothing but blanks
    Date,        // a valid date in one of the forms of dateinput.h
    InvalidDate, // written like a date but no such day (平成31年5月1日): show `dateError`
    Number,      // digits only (full-width accepted, spaces/hyphens ignored), not a date
    Name,        // letters only: kanji, kana or Latin (spaces, ・ and ー allowed)
    Unknown,     // anything else (digits mixed with letters, symbols)
};

enum class NameScript { None, Kanji, Katakana, Hiragana, Latin, Mixed };

struct SearchInput {
    SearchKind kind = SearchKind::Empty;
    QDate date;                               // Date
    DateForm dateForm = DateForm::WarekiLong; // Date
    Error dateError; // InvalidDate; for Number, why the digits are not a date
    // Number: the ASCII digits. Also set for a Date typed as 7 or 8 bare digits, which could be
    // a 宛名番号 of that length too: search both and show which matched.
    QString number;
    NameScript script = NameScript::None; // Name; kanji with kana (山田はな) is Mixed
};

SearchInput classifySearchInput(const QString &text);

} // namespace kikan::core
