#include "ratelimit.h"

namespace kikan::verification {

namespace {
constexpr qsizetype kForgetAbove = 10000; // addresses kept before idle ones are dropped
}

bool RateLimit::allow(const QString &address, const QDateTime &now)
{
    const qint64 t = now.toMSecsSinceEpoch();
    const qint64 oldest = t - m_windowMs;
    QMutexLocker lock(&m_mutex);
    if (m_seen.size() > kForgetAbove) {
        for (auto it = m_seen.begin(); it != m_seen.end();)
            it = (it->isEmpty() || it->last() <= oldest) ? m_seen.erase(it) : std::next(it);
    }
    QList<qint64> &times = m_seen[address];
    while (!times.isEmpty() && times.first() <= oldest)
        times.removeFirst();
    times.append(t);
    if (times.size() > m_limit + 1) // a flood keeps only what decides the answer
        times.removeFirst();
    return times.size() <= m_limit;
}

} // namespace kikan::verification
