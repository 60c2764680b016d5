// Access to the store through Qt SQL: SQLite (default) or PostgreSQL (QPSQL), one connection per
// thread (a QSqlDatabase belongs to the thread that opened it; POCO workers each get their own).
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
    // Closes and forgets this thread's connection (call before a worker thread ends).
    void releaseThreadConnection();

private:
    QSqlDatabase open(const QString &name);

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
