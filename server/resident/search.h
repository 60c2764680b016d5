// 検索 (住民記録システム標準仕様書 検索・照会): the counter's single search box. The text is
// classified (searchquery.h, shared/core/searchinput.h) and searched as a name (strict 縮退 key,
// then the loose tier, marked), a reading (kana key), a birth date (和暦 or 西暦, 7 digits …), a
// 宛名番号 or 世帯番号, a 住民票コード, a 個人番号 (only with resident:my_number, 番号法 第19条) or
// an address (町字 + 番地 prefix). Former residents (除票) are included and flagged; 支援措置
// persons are left out unless the caller holds resident:protected (protection.h).
#pragma once

#include "codetables.h"
#include "residentrecord.h"
#include "searchquery.h"
#include "searchstore.h"

#include "server/core/actor.h"
#include "server/core/context.h"

#include <QList>

#include <optional>

namespace kikan::resident {

// One way a person was found; strict ways come before loose ones.
struct SearchMatch {
    qint64 partyNo = 0;
    MatchBy by = MatchBy::Name;
};

struct SearchItem {
    ResidentRecord record; // the latest state
    MatchBy by = MatchBy::Name; // the first way the person matched
};

// {query, total, more, limit, offset, items}; more = some way of matching found more than
// kMatchCap persons, so total is a lower bound (the client says 「500 件以上」 and asks to narrow
// the search).
struct SearchResult {
    SearchBy by = SearchBy::Name;
    int total = 0;
    bool more = false;
    int limit = 0;
    int offset = 0;
    bool showMyNumber = false;
    QList<SearchItem> items;
};

// --- rules (pure) ---
// 個人番号 are seen, and searched by, only with resident:my_number (番号法 第19条: provision only
// for the uses the law lists; the town grants the right to staff whose work is such a use).
bool mayUseMyNumber(const core::Actor &actor);
// Whether the actor may run this search (a 12-digit search needs resident:my_number).
bool maySearch(const core::Actor &actor, const SearchQuery &query);
// The ways the query is searched, in order. A name is also tried as a reading (kana only) and as
// a 町字 name. Throws invalidField(q): a 個人番号 whose check digit is wrong, an address whose
// 町字 is not in townAreas.
QList<SearchWay> searchWays(const SearchQuery &query, const QList<TownArea> &townAreas);
// The 町字 the text starts with (name or reading) and the 番地 prefix after it.
std::optional<SearchWay> addressWay(const QString &text, const QList<TownArea> &townAreas);
// One match per person, the first way it matched, strict ways before loose ones.
QList<SearchMatch> firstMatches(QList<SearchMatch> matches);

// --- the search ---
// Runs the search and writes the access log (resident.search: kind, total, more and the listed
// partyNos). A refused 個人番号 search is logged (success false) and throws
// core::Failure(resident.my_number_forbidden).
SearchResult searchResidents(core::ServerContext &context, const core::Actor &actor,
                             const SearchQuery &query);

} // namespace kikan::resident
