// Residents found by name for the 宛名 search (partynamesearch.h).
#include "partynamesearch.h"

#include "search.h"

#include "server/core/failure.h"
#include "server/store/database.h"

#include <QUrlQuery>

namespace kikan::resident {

QList<qint64> ResidentNameSource::partyNosByName(const QString &text, int limit) const
{
    SearchQuery query;
    try {
        query = parseSearchQuery(QUrlQuery{{QStringLiteral("q"), text},
                                           {QStringLiteral("includeRemoved"), QStringLiteral("false")}});
    } catch (const core::Failure &) {
        return {}; // not a name (empty, or a date that does not exist)
    }
    if (query.by != SearchBy::Name)
        return {};
    QList<SearchMatch> matches;
    for (const SearchWay &way : searchWays(query, {})) {
        const WayMatches found = findCurrent(m_database.connection(), way, false,
                                             m_database.isPostgres());
        for (qint64 partyNo : found.partyNos)
            matches.append({partyNo, way.by});
    }
    QList<qint64> out;
    for (const SearchMatch &m : firstMatches(matches)) {
        if (out.size() >= limit)
            break;
        out.append(m.partyNo);
    }
    return out;
}

} // namespace kikan::resident
