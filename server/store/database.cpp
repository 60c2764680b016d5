#include "database.h"

#include "server/core/failure.h"
#include "shared/api/errorcode.h"

#include <QAtomicInt>
#include <QDebug>
#include <QSqlError>
#include <QThread>

namespace kikan::store {

namespace {
QAtomicInt instanceCounter;

[[noreturn]] void fail(const QString &what, const QSqlError &error)
{
    qWarning().noquote() << "store:" << what << "failed:" << error.text();
    throw core::Failure(api::err::StoreUnavailable);
}
} // namespace

Database::Database(StoreConfig config)
    : m_config(std::move(config)),
      m_prefix(QStringLiteral("kikan%1-").arg(instanceCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    // Connections of other (finished or idle) threads are closed by removeDatabase itself;
    // touching them through QSqlDatabase::database() from this thread is not allowed.
    for (const QString &name : std::as_const(m_names))
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::connection()
{
    const QString name =
        m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        if (!db.open())
            fail(QStringLiteral("reopen"), db.lastError());
        return db;
    }
    return open(name);
}

QSqlDatabase Database::open(const QString &name)
{
    const bool pg = isPostgres();
    QSqlDatabase db = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL")
                                                   : QStringLiteral("QSQLITE"), name);
    {
        QMutexLocker lock(&m_mutex);
        m_names.append(name);
    }
    if (pg) {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.database);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
    } else {
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_config.busyTimeoutMs));
    }
    if (!db.open())
        fail(QStringLiteral("open"), db.lastError());
    if (pg) {
        exec(db, QStringLiteral("SET client_encoding = 'UTF8'"));
    } else {
        exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        exec(db, QStringLiteral("PRAGMA synchronous=FULL")); // a power cut loses no committed row
        exec(db, QStringLiteral("PRAGMA busy_timeout=%1").arg(m_config.busyTimeoutMs));
        // Search keys are already case-folded; a case-sensitive LIKE lets SQLite answer a prefix
        // search ("タカハシ%") from the index instead of reading the whole table (tests/bench).
        exec(db, QStringLiteral("PRAGMA case_sensitive_like=ON"));
    }
    return db;
}

void Database::releaseThreadConnection()
{
    const QString name =
        m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_mutex);
    m_names.removeAll(name);
}

QSqlQuery exec(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (values.isEmpty()) {
        // Not prepared: PostgreSQL cannot PREPARE utility statements (SET, DDL, BEGIN …).
        if (!query.exec(sql))
            fail(QStringLiteral("exec: ") + sql, query.lastError());
        return query;
    }
    if (!query.prepare(sql))
        fail(QStringLiteral("prepare: ") + sql, query.lastError());
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        fail(QStringLiteral("exec: ") + sql, query.lastError());
    return query;
}

qint64 insertReturningId(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q = exec(db, sql, values);
    if (!q.next())
        fail(QStringLiteral("returning id: ") + sql, q.lastError());
    return q.value(0).toLongLong();
}

Transaction::Transaction(Database &database) : m_db(database.connection())
{
    exec(m_db, database.isPostgres() ? QStringLiteral("BEGIN")
                                     : QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace kikan::store
