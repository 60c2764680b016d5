#include "router.h"

namespace kikan::http {

void Router::markModule(qsizetype from, const QString &module)
{
    for (qsizetype i = from; i < m_routes.size(); ++i)
        m_routes[i].module = module;
}

void Router::add(Route route)
{
    Q_ASSERT(route.pattern.startsWith(QLatin1String("/api/v1/")));
    m_routes.append(std::move(route));
}

Router::Match Router::match(const QString &method, const QString &path, const Route **route,
                            QHash<QString, QString> *params) const
{
    bool pathKnown = false;
    for (const Route &r : m_routes) {
        QHash<QString, QString> found;
        if (!matchPattern(r.pattern, path, &found))
            continue;
        pathKnown = true;
        if (r.method == method) {
            *route = &r;
            *params = found;
            return Match::Found;
        }
    }
    return pathKnown ? Match::MethodNotAllowed : Match::NotFound;
}

bool Router::matchPattern(const QString &pattern, const QString &path,
                          QHash<QString, QString> *params)
{
    const QStringList want = pattern.split(QLatin1Char('/'));
    const QStringList got = path.split(QLatin1Char('/'));
    if (want.size() != got.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString &w = want[i];
        if (w.startsWith(QLatin1Char('{')) && w.endsWith(QLatin1Char('}'))) {
            if (got[i].isEmpty())
                return false;
            params->insert(w.mid(1, w.size() - 2), got[i]);
        } else if (w != got[i]) {
            return false;
        }
    }
    return true;
}

} // namespace kikan::http
