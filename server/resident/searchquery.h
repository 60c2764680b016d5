// What the counter's single search box asked for (GET /resident/search?q=&limit=&offset=
// &includeRemoved=), read from the URL query into a typed value: the text classified by
// shared/core/searchinput.h into one way of searching (住民記録システム標準仕様書 検索・照会),
// the page, whether 除票 are included. Refusals are core::Failure::invalidField (q, limit).
#pragma once

#include "shared/core/searchinput.h"

#include <QString>
#include <QUrlQuery>

namespace kikan::resident {

// How the text is searched; the name is the query's "kind" in the answer and the audit log.
enum class SearchBy {
    BirthDate,          // birth_date: a date (7 or 8 bare digits: a 宛名番号 too)
    MyNumber,           // my_number: 12 digits (個人番号; needs resident:my_number)
    ResidentRecordCode, // resident_record_code: 11 digits (住民票コード)
    Number,             // number: other digits (宛名番号 or 世帯番号)
    Name,               // name: letters (氏名, 旧氏, 通称, フリガナ, or a 町字 name)
    Address,            // address: anything else, read as 町字 + 番地
};
QString searchKindName(SearchBy by);

struct SearchQuery {
    QString text;            // q as typed
    core::SearchInput input; // its classification
    SearchBy by = SearchBy::Name;
    int limit = 20;          // 1‥100
    int offset = 0;          // not checked: a page past the end is empty
    bool includeRemoved = true; // 除票 too unless includeRemoved=false
};

// Reads q, limit, offset and includeRemoved. Throws core::Failure::invalidField: limit outside
// 1‥100 or not a number, q empty or a date that does not exist.
SearchQuery parseSearchQuery(const QUrlQuery &query);

// 番地・号 as stored and searched: ASCII digits joined by '-' (1丁目2番地3号 → 1-2-3).
QString normalizeAddressNumber(const QString &text);

} // namespace kikan::resident
