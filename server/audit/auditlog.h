// The seven logs the town's security policy requires (認証・操作・アクセス・イベント・通信・
// 印刷・エラー), kept in one append-only table. Each entry is chained to the previous one by a
// SHA-256 hash so that `kikan-server audit verify` detects an edited, deleted or reordered entry.
// No 個人番号 is stored in clear: every text field is masked (maskText) before it is written.
#pragma once

#include "server/core/actor.h"

#include <QJsonObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace kikan::store {
class Database;
class Transaction;
}
namespace kikan::core {
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

    // An entry about what an actor did: who, from where, which request.
    static AuditEntry forActor(const core::Actor &actor, LogKind kind, const QString &event);
    // The same for an HTTP request (its actor).
    static AuditEntry forRequest(const http::Request &request, LogKind kind, const QString &event);
    // A complete entry: actor, kind, event, what it was about and the facts.
    static AuditEntry about(const core::Actor &actor, LogKind kind, const QString &event,
                            const QString &subject, const QJsonObject &detail = {},
                            bool success = true);
};

class AuditLog
{
public:
    AuditLog(store::Database &database, const core::Clock &clock);

    // Appends one entry to the chain and returns once it is committed. Throws
    // core::Failure(store.unavailable) when it cannot be written: an action whose log cannot be written
    // must not be reported as done. Group commit: entries of concurrent callers are written by
    // whichever caller finds no write in progress, in one transaction (one fsync) per batch; every
    // caller waits until the batch holding its entry is committed, so nothing is answered unlogged.
    void append(const AuditEntry &entry);
    // The one way an area logs an access or an operation: who did it, what (event), about what
    // (subject: "party:100234", "certificate:…"), the facts, and whether it succeeded.
    void record(const core::Actor &actor, LogKind kind, const QString &event,
                const QString &subject, const QJsonObject &detail = {}, bool success = true);
    // Appends inside the caller's write transaction, so that a legal change and its log entry are
    // committed together or not at all (the entry is rolled back with the change).
    void append(const AuditEntry &entry, store::Transaction &transaction);

    store::Database &database() { return m_database; }
    const core::Clock &clock() const { return m_clock; }

private:
    struct Pending;
    void writeBatch(const std::deque<Pending *> &batch);

    store::Database &m_database;
    const core::Clock &m_clock;
    std::mutex m_queueMutex;
    std::condition_variable m_written;
    std::deque<Pending *> m_queue; // waiting for the next batch
    bool m_writing = false;        // a caller is writing a batch
};

} // namespace kikan::audit
