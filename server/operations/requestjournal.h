// Request ids for changes (issue 15, 二重化): the client sends `Idempotency-Key: <UUID>` with every
// change request (POST, PUT, PATCH, DELETE) and retries a change only with the same key. The
// journal records the key in the same transaction as the change (store::CommitHook) and the answer
// (status, headers, body) right after; a repeat gets the first answer and is never applied again.
// The same key with another method, path, body or user is refused (idempotency.key_reused).
// Design after the IETF httpapi draft "The Idempotency-Key HTTP Header Field"; docs/operations.md.
#pragma once

#include "server/http/router.h"
#include "server/store/database.h"

#include <QAtomicInteger>

namespace kikan::core {
class Clock;
}

namespace kikan::operations {

inline constexpr char IdempotencyKeyHeader[] = "idempotency-key";
inline constexpr char ReplayedHeader[] = "Idempotent-Replayed";

class RequestJournal : public http::ChangeJournal
{
public:
    RequestJournal(store::Database &database, const core::Clock &clock, int keepHours = 24);
    http::Response run(http::Request &request, const http::Route &route) override;

private:
    struct Entry;
    std::optional<http::Response> replay(const Entry &entry);
    void record(const Entry &entry, const http::Response &response, bool applied);
    void prune();

    store::Database &m_database;
    const core::Clock &m_clock;
    int m_keepHours;
    QAtomicInteger<qint64> m_lastPrune = 0;
};

} // namespace kikan::operations
