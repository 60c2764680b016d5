#include "bulkload.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <stdexcept>
#include <string>

namespace kikan::store {

class BulkInsert::Backend
{
public:
    virtual ~Backend() = default;
    virtual void integer(qint64 value) = 0;
    virtual void text(const QString &value) = 0;
    virtual void null() = 0;
    virtual void endRow() = 0;
    virtual void finish() = 0;
};

namespace {

[[noreturn]] void refused(const QString &table, const QString &message)
{
    throw std::runtime_error((table + QStringLiteral(": ") + message).toStdString());
}

QString placeholders(int columns)
{
    return QLatin1Char('(') + QStringLiteral("?, ").repeated(columns - 1) + QStringLiteral("?)");
}

// UTF-16 → UTF-8 into a reused buffer (QString::toUtf8 allocates a new array every call). An
// unpaired surrogate becomes U+FFFD, as in QString::toUtf8.
void toUtf8(const QString &in, std::string &out)
{
    out.clear();
    const char16_t *p = reinterpret_cast<const char16_t *>(in.utf16()), *end = p + in.size();
    while (p < end) {
        char32_t c = *p++;
        if (c < 0x80) {
            out.push_back(char(c));
            continue;
        }
        if (c >= 0xD800 && c < 0xE000) {
            if (c < 0xDC00 && p < end && *p >= 0xDC00 && *p < 0xE000)
                c = 0x10000 + ((c - 0xD800) << 10) + (*p++ - 0xDC00);
            else
                c = 0xFFFD;
        }
        if (c < 0x800) {
            out.push_back(char(0xC0 | (c >> 6)));
        } else if (c < 0x10000) {
            out.push_back(char(0xE0 | (c >> 12)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        } else {
            out.push_back(char(0xF0 | (c >> 18)));
            out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        }
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

// SQLite: the connection's own sqlite3 handle (Qt's plugin links the same libsqlite3).
class SqliteBackend final : public BulkInsert::Backend
{
public:
    SqliteBackend(QSqlDatabase db, const QString &table, const QString &sql) : m_table(table)
    {
        const QVariant handle = db.driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
            refused(table, QStringLiteral("no SQLite handle"));
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr)
            != SQLITE_OK)
            fail();
        // Sized once: bound texts point into these strings until the row is stepped.
        m_buffers.resize(size_t(sqlite3_bind_parameter_count(m_stmt)));
    }
    ~SqliteBackend() override { sqlite3_finalize(m_stmt); }

    void integer(qint64 value) override { check(sqlite3_bind_int64(m_stmt, ++m_column, value)); }
    void text(const QString &value) override
    {
        // Encoded here into a buffer per column that lives until the row is written
        // (SQLITE_STATIC): no copy and no UTF-16 → UTF-8 translation inside SQLite.
        std::string &utf8 = m_buffers.at(size_t(m_column));
        toUtf8(value, utf8);
        check(sqlite3_bind_text(m_stmt, ++m_column, utf8.data(), int(utf8.size()),
                                SQLITE_STATIC));
    }
    void null() override { check(sqlite3_bind_null(m_stmt, ++m_column)); }
    void endRow() override
    {
        if (sqlite3_step(m_stmt) != SQLITE_DONE)
            fail();
        sqlite3_reset(m_stmt);
        m_column = 0;
    }
    void finish() override {}

private:
    void check(int rc)
    {
        if (rc != SQLITE_OK)
            fail();
    }
    [[noreturn]] void fail() { refused(m_table, QString::fromUtf8(sqlite3_errmsg(m_db))); }

    QString m_table;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_column = 0;
    std::vector<std::string> m_buffers;
};

// PostgreSQL: INSERTs of up to ~2,400 values (well under its 65,535 parameters) per statement.
class QtBackend final : public BulkInsert::Backend
{
public:
    QtBackend(QSqlDatabase db, const QString &table, QString head, int columns)
        : m_db(db), m_table(table), m_head(std::move(head)), m_columns(columns),
          m_rowsPerStatement(qBound(1, 2400 / columns, 300))
    {
        m_values.reserve(qsizetype(m_columns) * m_rowsPerStatement);
    }

    void integer(qint64 value) override { m_values.push_back(value); }
    void text(const QString &value) override { m_values.push_back(value); }
    void null() override { m_values.push_back(QVariant(QMetaType::fromType<QString>())); }
    void endRow() override
    {
        if (m_values.size() < qsizetype(m_columns) * m_rowsPerStatement)
            return;
        if (!m_full)
            m_full = prepare(m_rowsPerStatement);
        run(*m_full);
    }
    void finish() override
    {
        if (m_values.isEmpty())
            return;
        auto q = prepare(int(m_values.size() / m_columns));
        run(*q);
    }

private:
    std::unique_ptr<QSqlQuery> prepare(int rows)
    {
        QStringList all;
        for (int i = 0; i < rows; ++i)
            all << placeholders(m_columns);
        auto q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(m_head + all.join(QStringLiteral(", "))))
            refused(m_table, q->lastError().text());
        return q;
    }
    void run(QSqlQuery &q)
    {
        for (qsizetype i = 0; i < m_values.size(); ++i)
            q.bindValue(int(i), m_values.at(i));
        if (!q.exec())
            refused(m_table, q.lastError().text());
        m_values.clear();
    }

    QSqlDatabase m_db;
    QString m_table, m_head;
    int m_columns, m_rowsPerStatement;
    QVariantList m_values;
    std::unique_ptr<QSqlQuery> m_full;
};

} // namespace

BulkInsert::BulkInsert(QSqlDatabase db, const QString &table, const QStringList &columns,
                       const QString &valuesPrefix)
{
    const QString head = QStringLiteral("INSERT INTO %1 (%2) %3VALUES ")
                             .arg(table, columns.join(QStringLiteral(", ")), valuesPrefix);
    if (db.driverName() == QLatin1String("QSQLITE"))
        m_backend = std::make_unique<SqliteBackend>(db, table,
                                                    head + placeholders(int(columns.size())));
    else
        m_backend = std::make_unique<QtBackend>(db, table, head, int(columns.size()));
}

BulkInsert::~BulkInsert() = default;

BulkInsert &BulkInsert::operator<<(qint64 value)
{
    m_backend->integer(value);
    return *this;
}

BulkInsert &BulkInsert::operator<<(const QString &value)
{
    if (value.isNull())
        m_backend->null();
    else
        m_backend->text(value);
    return *this;
}

BulkInsert &BulkInsert::null()
{
    m_backend->null();
    return *this;
}

void BulkInsert::endRow()
{
    m_backend->endRow();
    ++m_rows;
}

void BulkInsert::finish()
{
    m_backend->finish();
}

DeferredIndexes::DeferredIndexes(QSqlDatabase db, bool postgres, const QStringList &tables)
    : m_db(db)
{
    for (const QString &table : tables) {
        // SQLite: sql is NULL for the automatic indexes of PRIMARY KEY / UNIQUE constraints.
        // PostgreSQL: indexes that back a constraint are left alone.
        QSqlQuery q = exec(db, postgres
            ? QStringLiteral("SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
                             "JOIN pg_class i ON i.oid = x.indexrelid "
                             "JOIN pg_class t ON t.oid = x.indrelid "
                             "WHERE t.relname = ? AND t.relnamespace = "
                             "current_schema()::regnamespace AND NOT EXISTS (SELECT 1 FROM "
                             "pg_constraint c WHERE c.conindid = i.oid) ORDER BY i.relname")
            : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                             "tbl_name = ? AND sql IS NOT NULL ORDER BY name"),
            {table});
        while (q.next())
            m_indexes.emplace_back(q.value(0).toString(), q.value(1).toString());
    }
    // (q is gone here: SQLite refuses DROP INDEX while a statement still reads the schema.)
    for (const auto &[name, sql] : m_indexes)
        exec(db, QStringLiteral("DROP INDEX ") + name);
}

void DeferredIndexes::restore()
{
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    if (sqlite) // the sorter of CREATE INDEX may use a second core
        exec(m_db, QStringLiteral("PRAGMA threads = 2"));
    for (const auto &[name, sql] : m_indexes)
        exec(m_db, sql);
    if (sqlite)
        exec(m_db, QStringLiteral("PRAGMA threads = 0"));
    m_indexes.clear();
}

namespace {
QString journalMode(QSqlDatabase db, const QString &mode)
{
    // Not store::exec: a refusal (another connection holds the file in WAL) is an answer here.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = ") + mode) || !q.next())
        return {};
    return q.value(0).toString();
}
} // namespace

FreshFileLoad::FreshFileLoad(QSqlDatabase db) : m_db(db)
{
    if (db.driverName() == QLatin1String("QSQLITE"))
        m_active = journalMode(db, QStringLiteral("DELETE")) == QLatin1String("delete");
}

FreshFileLoad::~FreshFileLoad()
{
    if (m_active && journalMode(m_db, QStringLiteral("WAL")) != QLatin1String("wal"))
        qWarning("store: the database file could not be switched back to WAL after a bulk load");
}

} // namespace kikan::store
