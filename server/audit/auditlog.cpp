// Writing the seven logs: the chained append and the masking of every stored text (auditlog.h).
#include "auditlog.h"

#include "auditchain.h"
#include "server/core/clock.h"
#include "server/core/dates.h"
#include "server/http/request.h"
#include "server/store/database.h"
#include "shared/identity/mynumber.h"

#include <QJsonDocument>

namespace kikan::audit {

namespace {
struct KindName {
    LogKind kind;
    const char *name;
};
constexpr KindName kKinds[] = {
    {LogKind::Authentication, "auth"}, {LogKind::Operation, "operation"},
    {LogKind::Access, "access"},       {LogKind::Event, "event"},
    {LogKind::Communication, "communication"}, {LogKind::Print, "print"},
    {LogKind::Error, "error"},
};

} // namespace

QString kindName(LogKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

bool kindFromName(const QString &name, LogKind *kind)
{
    for (const KindName &k : kKinds) {
        if (name == QLatin1String(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

AuditEntry AuditEntry::forActor(const core::Actor &actor, LogKind kind, const QString &event)
{
    AuditEntry e;
    e.kind = kind;
    e.event = event;
    e.requestId = actor.requestId;
    e.clientAddress = actor.clientAddress;
    e.userId = actor.userId;
    e.loginId = actor.loginId;
    e.authMethod = actor.authMethod;
    e.sessionRef = actor.sessionRef;
    return e;
}

AuditEntry AuditEntry::forRequest(const http::Request &request, LogKind kind, const QString &event)
{
    return forActor(request.actor(), kind, event);
}

AuditEntry AuditEntry::about(const core::Actor &actor, LogKind kind, const QString &event,
                             const QString &subject, const QJsonObject &detail, bool success)
{
    AuditEntry e = forActor(actor, kind, event);
    e.subject = subject;
    e.detail = detail;
    e.success = success;
    return e;
}

void AuditLog::record(const core::Actor &actor, LogKind kind, const QString &event,
                      const QString &subject, const QJsonObject &detail, bool success)
{
    append(AuditEntry::about(actor, kind, event, subject, detail, success));
}

AuditLog::AuditLog(store::Database &database, const core::Clock &clock)
    : m_database(database), m_clock(clock)
{
}

struct AuditLog::Pending {
    const AuditEntry &entry;
    bool done = false;
    std::exception_ptr error;
};

void AuditLog::append(const AuditEntry &entry)
{
    Pending mine{entry};
    std::unique_lock lock(m_queueMutex);
    m_queue.push_back(&mine);
    while (!mine.done) {
        if (m_writing) { // another caller is committing; ours goes in the next batch (or is done)
            m_written.wait(lock);
            continue;
        }
        // Write everything queued (ours included) in one transaction, outside the lock so that
        // new entries queue up meanwhile.
        m_writing = true;
        std::deque<Pending *> batch;
        batch.swap(m_queue);
        lock.unlock();
        writeBatch(batch);
        lock.lock();
        m_writing = false;
        m_written.notify_all();
    }
    if (mine.error)
        std::rethrow_exception(mine.error);
}

void AuditLog::writeBatch(const std::deque<Pending *> &batch)
{
    // One writer at a time inside this process (m_writing); the head row serialises writers
    // across processes. All of the batch or none of it is committed.
    std::exception_ptr error;
    try {
        const store::CommitHookPause batchOfSeveralRequests; // no request id on it (requestjournal)
        store::Transaction tx(m_database);
        for (Pending *p : batch)
            append(p->entry, tx);
        tx.commit();
    } catch (...) {
        error = std::current_exception();
    }
    std::lock_guard lock(m_queueMutex);
    for (Pending *p : batch) {
        p->error = error;
        p->done = true;
    }
}

void AuditLog::append(const AuditEntry &entry, store::Transaction &tx)
{
    // No process lock here: the caller's transaction already holds the store's write lock
    // (BEGIN IMMEDIATE on SQLite), and on PostgreSQL the head row is locked FOR UPDATE below.
    QSqlQuery head = store::exec(
        tx.db(), QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1"
                                "%1").arg(m_database.isPostgres() ? QStringLiteral(" FOR UPDATE")
                                                                  : QString()));
    head.next();
    StoredEntry row;
    row.id = head.value(0).toLongLong() + 1;
    row.prevHash = head.value(1).toString();
    row.occurredAt = core::timestampNow(m_clock);
    row.kind = kindName(entry.kind);
    // Every free text column is masked, not only the ones expected to carry personal data.
    row.event = maskText(entry.event);
    row.success = entry.success;
    row.userId = entry.userId;
    row.loginId = maskText(entry.loginId);
    row.authMethod = maskText(entry.authMethod);
    row.sessionRef = maskText(entry.sessionRef);
    row.requestId = maskText(entry.requestId);
    row.clientAddress = maskText(entry.clientAddress);
    row.subject = maskText(entry.subject);
    row.detail = maskText(
        QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact)));
    row.hash = chainHash(row);
    store::exec(tx.db(),
                QStringLiteral("INSERT INTO audit_log (id, occurred_at, kind, event, success, "
                               "user_id, login_id, auth_method, session_ref, request_id, "
                               "client_address, subject, detail, prev_hash, hash) "
                               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                {row.id, row.occurredAt, row.kind, row.event, row.success ? 1 : 0, row.userId,
                 row.loginId, row.authMethod, row.sessionRef, row.requestId, row.clientAddress,
                 row.subject, row.detail, row.prevHash, row.hash});
    store::exec(tx.db(),
                QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ? "
                               "WHERE singleton = 1"),
                {row.id, row.hash});
}

// First every valid My Number in any form identity::maskMyNumbers knows (full-width, grouped
// 4-4-4), then every remaining run of exactly 12 digits whatever its check digit: a log is read by
// many people over many years, and a mistyped number is still almost somebody's number.
QString maskText(const QString &text)
{
    QString out = identity::maskMyNumbers(text);
    if (out.isNull())
        return QStringLiteral(""); // the columns are NOT NULL; a null QString binds as NULL
    int run = 0;
    for (qsizetype i = 0; i <= out.size(); ++i) {
        const bool digit = i < out.size() && out[i].isDigit();
        if (digit) {
            ++run;
            continue;
        }
        if (run == 12) {
            for (qsizetype j = i - 12; j < i - 4; ++j)
                out[j] = QLatin1Char('*');
        }
        run = 0;
    }
    return out;
}

} // namespace kikan::audit
