// A sliding-window limit per client address for the public verification route (it needs no
// sign-in, so nothing else stops a script from walking every 発行番号): at most `limit` requests in
// any `window`. Counted with the server's clock, so tests can move time.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace kikan::verification {

class RateLimit
{
public:
    RateLimit(int limit, qint64 windowMs) : m_limit(limit), m_windowMs(windowMs) {}
    // Counts the request and says whether it is within the limit (a refused one counts too).
    bool allow(const QString &address, const QDateTime &now);

private:
    int m_limit;
    qint64 m_windowMs;
    QMutex m_mutex;
    QHash<QString, QList<qint64>> m_seen; // address → request times (ms), oldest first
};

} // namespace kikan::verification
