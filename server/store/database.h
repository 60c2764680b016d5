// Access to the store through Qt SQL: SQLite (default) or PostgreSQL (QPSQL), one connection per
// thread (a QSqlDatabase belongs to the thread that opened it; POCO workers each get their own).
// PostgreSQL: one host or several (primary + standbys, libpq multi-host); a connection found broken
// (or on a server that turned read-only) is opened again on the next request, which reaches the
// new primary; the request that met the failure gets 503 store.unavailable, and the client retries.
#pragma once

#include "server/core/config.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace kikan::store {

using StoreConfig = core::StoreConfig;

class Database
{
public:
    explicit Database(StoreConfig config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // This thread's open connection; throws core::Failure(store.unavailable) when it cannot open.
    QSqlDatabase connection();
    bool isPostgres() const { return m_config.driver == StoreConfig::Driver::Postgres; }
    const StoreConfig &config() const { return m_config; }
    // The server this thread's connection reached (GET /api/v1/health): role "primary" or
    // "standby" (PostgreSQL, pg_is_in_recovery) or "sqlite"; host "name:port" (or the file name).
    struct ServerRole {
        QString role;
        QString host;
    };
    ServerRole serverRole();
    // Closes and forgets this thread's connection (call before a worker thread ends).
    void releaseThreadConnection();

private:
    QSqlDatabase open(const QString &name);
    static bool connectionAlive(const QSqlDatabase &db);

    StoreConfig m_config;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_names;
};

// Prepares and runs a statement; throws core::Failure(store.unavailable) with the driver's message
// logged when the database refuses it. Positional '?' placeholders.
QSqlQuery exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {});
// The id of the row just inserted by an "INSERT … RETURNING id" statement (both drivers).
qint64 insertReturningId(QSqlDatabase db, const QString &sql, const QVariantList &values);

// Written in the same transaction as every write of this thread, just before its COMMIT: the
// request journal (server/operations/requestjournal.h) records a request id with its change.
class CommitHook
{
public:
    virtual ~CommitHook() = default;
    virtual void beforeCommit(QSqlDatabase db) = 0;
};
// Sets (or, with nullptr, clears) this thread's hook; the owner clears it when its request ends.
void setCommitHook(CommitHook *hook);
// Holds this thread's hook back while it lives: for a transaction that commits other requests'
// work too (the audit log's group commit), which must not carry this request's id.
class CommitHookPause
{
public:
    CommitHookPause();
    ~CommitHookPause();
    CommitHookPause(const CommitHookPause &) = delete;
    CommitHookPause &operator=(const CommitHookPause &) = delete;

private:
    CommitHook *m_held;
};

// A write transaction that rolls back unless commit() is called. On SQLite it takes the write
// lock at once (BEGIN IMMEDIATE) so two writers never deadlock on a lock upgrade.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    QSqlDatabase db() const { return m_db; }
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace kikan::store
