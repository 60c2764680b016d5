#include "database.h"

#include "server/core/failure.h"
#include "shared/api/errorcode.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QDebug>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <libpq-fe.h>

#include <utility>

namespace kikan::store {

namespace {
QAtomicInt instanceCounter;
thread_local CommitHook *commitHook = nullptr;
// Set when PostgreSQL said this thread's server cannot take the work (shutting down, read-only
// after a failover): the next connection() opens a new connection (to the new primary).
thread_local bool reopenNeeded = false;

[[noreturn]] void fail(const QString &what, const QSqlError &error)
{
    qWarning().noquote() << "store:" << what << "failed:" << error.text();
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("25006") || state.startsWith(QLatin1String("57P"))
        || state.startsWith(QLatin1String("08")))
        reopenNeeded = true;
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
        if (db.isOpen() && isPostgres() && (reopenNeeded || !connectionAlive(db))) {
            // A broken connection (the primary failed): Qt does not reconnect by itself.
            qWarning().noquote() << "store: the database connection was lost; reconnecting";
            db.close();
        }
        reopenNeeded = false;
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
        if (m_config.host.contains(u',')) {
            // Several hosts (OPERATIONS.md, checked with Qt 6.4): no setPort — it would apply to
            // every host; libpq takes the ports and picks the one accepting writes.
            const QString ports = m_config.ports.isEmpty() ? QString::number(m_config.port)
                                                           : m_config.ports;
            db.setConnectOptions(QStringLiteral("port=%1;target_session_attrs=read-write;"
                                                "connect_timeout=%2")
                                     .arg(ports)
                                     .arg(m_config.connectTimeoutSeconds));
        } else {
            db.setPort(m_config.port);
            db.setConnectOptions(
                QStringLiteral("connect_timeout=%1").arg(m_config.connectTimeoutSeconds));
        }
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

namespace {
// libpq's connection under Qt's QPSQL driver (Qt 6 names the type "pg_conn*", Qt 5 "PGconn*").
PGconn *libpqConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}
} // namespace

bool Database::connectionAlive(const QSqlDatabase &db)
{
    PGconn *conn = libpqConnection(db);
    return !conn || PQstatus(conn) == CONNECTION_OK;
}

Database::ServerRole Database::serverRole()
{
    ServerRole role;
    QSqlDatabase db = connection();
    if (!isPostgres()) {
        role.role = QStringLiteral("sqlite");
        role.host = QFileInfo(m_config.sqlitePath).fileName(); // not the path: health is public
        return role;
    }
    QSqlQuery q = exec(db, QStringLiteral("SELECT pg_is_in_recovery()"));
    q.next();
    role.role = q.value(0).toBool() ? QStringLiteral("standby") : QStringLiteral("primary");
    if (PGconn *conn = libpqConnection(db)) {
        role.host = QStringLiteral("%1:%2").arg(QString::fromUtf8(PQhost(conn)),
                                                QString::fromUtf8(PQport(conn)));
    }
    return role;
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

void setCommitHook(CommitHook *hook)
{
    commitHook = hook;
}

CommitHookPause::CommitHookPause() : m_held(std::exchange(commitHook, nullptr)) {}

CommitHookPause::~CommitHookPause()
{
    commitHook = m_held;
}

void Transaction::commit()
{
    if (commitHook)
        commitHook->beforeCommit(m_db);
    exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace kikan::store
