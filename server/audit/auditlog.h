// The seven logs the town's security policy requires (認証・操作・アクセス・イベント・通信・
// 印刷・エラー), kept in one append-only table. Each entry is chained to the previous one by a
// SHA-256 hash so that `kikan-server audit verify` detects an edited, deleted or reordered entry.
// No 個人番号 is stored in clear: every text field is masked (maskText) before it is written.
#pragma once

#include <QJsonObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace kikan::store {
class Database;
class Transaction;
}
namespace kikan::app {
class Clock;
}
namespace kikan::http {
struct Request;
}

namespace kikan::audit {

enum class LogKind { Authentication, Operation, Access, Event, Communication, Print, Error };

// Stable names used in the table, the API and CSV: auth, operation, access, event,
// communication, print, error.
QString kindName(LogKind kind);
bool kindFromName(const QString &name, LogKind *kind);

// A text as it may be stored in a log: every valid My Number masked (any form
// identity::maskMyNumbers knows), then every other run of exactly 12 digits masked as well.
QString maskText(const QString &text);

struct AuditEntry {
    LogKind kind = LogKind::Event;
    QString event;          // from an event catalogue (events.h, docs/audit.md), "auth.sign_in"
    bool success = true;    // failures are logged under the same event with success = false
    qint64 userId = 0;      // 0: no signed-in user (failed sign-in, system event)
    QString loginId;
    QString authMethod;     // "password", "card", "cli", "system"
    QString sessionRef;
    QString requestId;
    QString clientAddress;
    QString subject;        // what it was about: "user:12", "party:100234", a file name …
    QJsonObject detail;     // event-specific facts; never a My Number in clear

    // An entry about a request: who, from where, which request.
    static AuditEntry forRequest(const http::Request &request, LogKind kind, const QString &event);
};

class AuditLog
{
public:
    AuditLog(store::Database &database, const app::Clock &clock);

    // Appends one entry to the chain and returns once it is committed. Throws
    // ApiError(store.unavailable) when it cannot be written: an action whose log cannot be written
    // must not be reported as done. Group commit: entries of concurrent callers are written by
    // whichever caller finds no write in progress, in one transaction (one fsync) per batch; every
    // caller waits until the batch holding its entry is committed, so nothing is answered unlogged.
    void append(const AuditEntry &entry);
    // Appends inside the caller's write transaction, so that a legal change and its log entry are
    // committed together or not at all (the entry is rolled back with the change).
    void append(const AuditEntry &entry, store::Transaction &transaction);

    store::Database &database() { return m_database; }
    const app::Clock &clock() const { return m_clock; }

private:
    struct Pending;
    void writeBatch(const std::deque<Pending *> &batch);

    store::Database &m_database;
    const app::Clock &m_clock;
    std::mutex m_queueMutex;
    std::condition_variable m_written;
    std::deque<Pending *> m_queue; // waiting for the next batch
    bool m_writing = false;        // a caller is writing a batch
};

} // namespace kikan::audit
