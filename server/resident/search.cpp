// The counter's single search box (search.h): its rules and the search that runs them.
#include "search.h"

#include "events.h"
#include "protection.h"
#include "residentstore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/resident/errors.h"
#include "shared/identity/mynumber.h"
#include "shared/moji/searchkey.h"
#include "shared/text/kana.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace kikan::resident {

namespace {
[[noreturn]] void unreadable(const QString &message)
{
    throw core::Failure::invalidField(QStringLiteral("q"), message);
}

// The name, then the 旧氏 (with the given name) and the 通称; the loose tier after them.
QList<SearchWay> nameWays(const SearchQuery &query)
{
    QList<SearchWay> ways;
    const bool kanaOnly = query.input.script == core::NameScript::Hiragana
                          || query.input.script == core::NameScript::Katakana;
    if (kanaOnly)
        ways.append({MatchBy::Kana, text::kanaKey(query.text), {}});
    const QString strict = moji::nameSearchKey(query.text);
    const QString loose = moji::looseNameSearchKey(query.text);
    for (MatchBy by : {MatchBy::Name, MatchBy::FormerName, MatchBy::Alias})
        ways.append({by, strict, {}});
    for (MatchBy by : {MatchBy::NameLoose, MatchBy::FormerNameLoose, MatchBy::AliasLoose})
        ways.append({by, loose, {}});
    return ways;
}

QList<SearchWay> numberWays(const SearchQuery &query)
{
    const QString digits = query.input.number;
    switch (query.by) {
    case SearchBy::MyNumber: {
        const auto n = identity::MyNumber::parse(digits);
        if (!n.ok())
            unreadable(n.error().message);
        return {{MatchBy::MyNumber, n.value().clearText(), {}}};
    }
    case SearchBy::ResidentRecordCode:
        return {{MatchBy::ResidentRecordCode, digits, {}}};
    default:
        return {{MatchBy::PartyNo, digits.toLongLong(), {}},
                {MatchBy::HouseholdNo, digits.toLongLong(), {}}};
    }
}

void logRefusal(core::ServerContext &ctx, const core::Actor &actor, const SearchQuery &query)
{
    ctx.audit.record(actor, audit::LogKind::Access, QString::fromLatin1(event::Search),
                     QStringLiteral("search"),
                     {{QStringLiteral("kind"), searchKindName(query.by)},
                      {QStringLiteral("error"),
                       QString::fromLatin1(api::err::ResidentMyNumberForbidden)}},
                     false);
}
} // namespace

bool mayUseMyNumber(const core::Actor &actor)
{
    return actor.has(QStringLiteral("resident"), QStringLiteral("my_number"));
}

bool maySearch(const core::Actor &actor, const SearchQuery &query)
{
    return query.by != SearchBy::MyNumber || mayUseMyNumber(actor);
}

// "本町1-2", "ほんちょう", "中央3丁目": a 町字 name (or reading) at the start, 番地 after it.
std::optional<SearchWay> addressWay(const QString &text, const QList<TownArea> &townAreas)
{
    const QString compact = text.simplified().remove(QLatin1Char(' '));
    const QString kana = text::kanaKey(compact);
    for (const TownArea &a : townAreas) {
        QString rest;
        if (compact.startsWith(a.name))
            rest = compact.mid(a.name.size());
        else if (!a.kana.isEmpty() && kana.startsWith(text::kanaKey(a.kana)))
            rest = kana.mid(text::kanaKey(a.kana).size());
        else
            continue;
        return SearchWay{MatchBy::Address, normalizeAddressNumber(rest), a.code};
    }
    return std::nullopt;
}

QList<SearchWay> searchWays(const SearchQuery &query, const QList<TownArea> &townAreas)
{
    switch (query.by) {
    case SearchBy::BirthDate: {
        QList<SearchWay> ways{{MatchBy::BirthDate, core::isoDate(query.input.date), {}}};
        if (!query.input.number.isEmpty()) // 7 or 8 digits: a 宛名番号 too
            ways.append({MatchBy::PartyNo, query.input.number.toLongLong(), {}});
        return ways;
    }
    case SearchBy::MyNumber:
    case SearchBy::ResidentRecordCode:
    case SearchBy::Number:
        return numberWays(query);
    case SearchBy::Name: {
        QList<SearchWay> ways = nameWays(query);
        if (const auto address = addressWay(query.text, townAreas))
            ways.append(*address);
        return ways;
    }
    case SearchBy::Address:
        break;
    }
    const auto address = addressWay(query.text, townAreas);
    if (!address) {
        unreadable(QStringLiteral("氏名・フリガナ・生年月日・番号・住所（町字から）の"
                                  "いずれかを入力してください。"));
    }
    return {*address};
}

QList<SearchMatch> firstMatches(QList<SearchMatch> matches)
{
    const auto strictFirst = [](const SearchMatch &a, const SearchMatch &b) {
        return !isLoose(a.by) && isLoose(b.by);
    };
    std::stable_sort(matches.begin(), matches.end(), strictFirst);
    QList<SearchMatch> out;
    QSet<qint64> seen;
    for (const SearchMatch &m : std::as_const(matches)) {
        if (!seen.contains(m.partyNo)) {
            seen.insert(m.partyNo);
            out.append(m);
        }
    }
    return out;
}

SearchResult searchResidents(core::ServerContext &ctx, const core::Actor &actor,
                             const SearchQuery &query)
{
    if (!maySearch(actor, query)) {
        logRefusal(ctx, actor, query);
        throw core::Failure(api::err::ResidentMyNumberForbidden,
                            QStringLiteral("個人番号での検索には個人番号の利用の権限が必要です。"));
    }
    SearchResult result{query.by, 0, false, query.limit, query.offset, mayUseMyNumber(actor), {}};
    QSqlDatabase db = ctx.database.connection();
    QList<SearchMatch> matches;
    for (const SearchWay &way : searchWays(query, CodeTables::instance().townAreas())) {
        const WayMatches found = findCurrent(db, way, query.includeRemoved,
                                             ctx.database.isPostgres());
        result.more = result.more || found.more;
        for (qint64 partyNo : found.partyNos)
            matches.append({partyNo, way.by});
    }
    // 支援措置 persons only with the right (one query for all matches, not one per match).
    QHash<qint64, MatchBy> first;
    QList<qint64> order;
    for (const SearchMatch &m : firstMatches(matches)) {
        first.insert(m.partyNo, m.by);
        order.append(m.partyNo);
    }
    const QList<qint64> shown = mayShowAll(ctx, actor, order, QStringLiteral("search"));
    result.total = int(shown.size());
    QJsonArray listed;
    for (const ResidentRecord &r : latestRecords(db, shown.mid(query.offset, query.limit))) {
        result.items.append({r, first.value(r.partyNo)});
        listed.append(r.partyNo);
    }
    ctx.audit.record(actor, audit::LogKind::Access, QString::fromLatin1(event::Search),
                     QStringLiteral("search"),
                     {{QStringLiteral("kind"), searchKindName(query.by)},
                      {QStringLiteral("total"), result.total},
                      {QStringLiteral("more"), result.more},
                      {QStringLiteral("partyNos"), listed}});
    return result;
}

} // namespace kikan::resident
