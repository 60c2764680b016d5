// Bulk loading of generated rows into fresh tables (the demo town generator, benchmarks): never
// used by the registry's own writes, which go through store::exec. Both work inside the caller's
// Transaction, so a failed load leaves nothing behind (DDL is transactional on SQLite and
// PostgreSQL alike).
//  - BulkInsert: SQLite binds through the C API on the handle Qt's QSQLITE driver exposes (one
//    prepared single-row INSERT, reset per row: no QVariant, no Qt placeholder bookkeeping);
//    PostgreSQL gets multi-row prepared INSERTs through Qt SQL (QPSQL offers no COPY).
//  - DeferredIndexes: drops a table's secondary indexes and creates them again, with the very
//    SQL the migration wrote, after the load: one sort per index instead of a b-tree insert in
//    random key order per row.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <utility>
#include <vector>

namespace kikan::store {

class BulkInsert
{
public:
    // `table`, `columns` and `valuesPrefix` (e.g. "OVERRIDING SYSTEM VALUE ") are trusted SQL.
    BulkInsert(QSqlDatabase db, const QString &table, const QStringList &columns,
               const QString &valuesPrefix = {});
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // Values of the current row in column order. A null QString is SQL NULL (as in Qt SQL); an
    // empty one is ''.
    BulkInsert &operator<<(qint64 value);
    BulkInsert &operator<<(int value) { return *this << qint64(value); }
    BulkInsert &operator<<(const QString &value);
    BulkInsert &null();
    void endRow();   // the row is complete (written now on SQLite, batched on PostgreSQL)
    void finish();   // writes what is batched; throws std::runtime_error on any refusal
    qint64 rows() const { return m_rows; }

    class Backend;

private:
    std::unique_ptr<Backend> m_backend;
    qint64 m_rows = 0;
};

class DeferredIndexes
{
public:
    // Drops the indexes of `tables` that carry their own CREATE INDEX (not those of primary
    // keys or constraints) and remembers their SQL.
    DeferredIndexes(QSqlDatabase db, bool postgres, const QStringList &tables);
    // Creates them again (call before the transaction commits).
    void restore();
    int count() const { return int(m_indexes.size()); }

private:
    QSqlDatabase m_db;
    std::vector<std::pair<QString, QString>> m_indexes; // name, CREATE INDEX …
};

// SQLite, for a load into tables that are still empty (a brand-new demo or benchmark file): a
// rollback journal instead of WAL while it lasts. Pages appended to the file need no journal
// copy, so the rows are written once instead of twice (into the WAL, then checkpointed), and a
// failed load still rolls back. synchronous stays FULL: the commit fsyncs the file. WAL again
// when it ends. Construct it before the Transaction, outside any transaction. Does nothing on
// PostgreSQL, or when another open connection keeps the file in WAL mode. Meanwhile a new
// connection from another process waits for the load (busy_timeout): meant for fresh files.
class FreshFileLoad
{
public:
    explicit FreshFileLoad(QSqlDatabase db);
    ~FreshFileLoad();
    FreshFileLoad(const FreshFileLoad &) = delete;
    FreshFileLoad &operator=(const FreshFileLoad &) = delete;
    bool active() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace kikan::store
