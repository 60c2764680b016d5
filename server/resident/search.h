// 検索 (住民記録システム標準仕様書 検索・照会): the counter's single search box. The text is
// classified (shared/core/searchinput.h) and searched as a name (strict 縮退 key, then the loose
// tier, marked), a reading (kana key), a birth date (和暦 or 西暦, 7 digits …), a 宛名番号 or
// 世帯番号, a 住民票コード, a 個人番号 (only with resident:my_number) or an address (町字 + 番地
// prefix). Former residents (除票) are included and flagged; 支援措置 persons are left out unless
// the caller holds resident:protected.
#pragma once

#include "server/core/context.h"
#include "server/http/request.h"

#include <QJsonObject>

namespace kikan::resident {

// GET /resident/search?q=…&limit=&offset=&includeRemoved= →
// {query, total, more, limit, offset, items}; more = some way of matching found more than 500
// persons, so total is a lower bound (the client says 「500 件以上」 and asks to narrow the search).
QJsonObject searchResidents(core::ServerContext &context, const http::Request &request);

// 番地・号 as stored and searched: ASCII digits joined by '-' (1丁目2番地3号 → 1-2-3).
QString normalizeAddressNumber(const QString &text);

} // namespace kikan::resident
