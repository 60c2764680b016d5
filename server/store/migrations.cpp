#include "migrations.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace kikan::store {

Migrator::Migrator(Database &database) : m_database(database)
{
}

QList<Migration> Migrator::available()
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d+)_(.+)\\.sql$"));
    QList<Migration> list;
    QDirIterator it(QStringLiteral(":/schema"), QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const auto m = fileName.match(it.fileName());
        if (m.hasMatch())
            list.append({m.captured(1).toInt(), m.captured(2), path});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

QList<int> Migrator::applied()
{
    QSqlDatabase db = m_database.connection();
    exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                            "applied_at TEXT NOT NULL)"));
    QList<int> versions;
    QSqlQuery q = exec(db, QStringLiteral("SELECT version FROM schema_migrations ORDER BY version"));
    while (q.next())
        versions.append(q.value(0).toInt());
    return versions;
}

QString Migrator::translate(const QString &sql) const
{
    QString out = sql;
    const bool pg = m_database.isPostgres();
    out.replace(QLatin1String("%ID%"),
                pg ? QLatin1String("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
                   : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    out.replace(QLatin1String("%BLOB%"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    out.replace(QLatin1String("%BIGINT%"), pg ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
    // An index column searched by prefix LIKE: PostgreSQL needs the pattern operator class unless
    // the database collation is "C"; SQLite has no operator classes.
    out.replace(QLatin1String("%PATTERN_OPS%"),
                pg ? QLatin1String("text_pattern_ops") : QLatin1String(""));
    return out;
}

int Migrator::migrate()
{
    const QList<int> done = applied();
    int count = 0;
    for (const Migration &m : available()) {
        if (done.contains(m.version))
            continue;
        QFile file(m.resourcePath);
        file.open(QIODevice::ReadOnly);
        const QString sql = translate(QString::fromUtf8(file.readAll()));
        Transaction tx(m_database);
        // Another server process may have applied it since we looked.
        QSqlQuery seen = exec(tx.db(), QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"),
                              {m.version});
        if (seen.next())
            continue;
        // Statements end with ';' at the end of a line; comments start with '--'.
        QString statement;
        const QStringList lines = sql.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.trimmed().startsWith(QLatin1String("--")))
                continue;
            statement += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                exec(tx.db(), statement.trimmed().chopped(1));
                statement.clear();
            }
        }
        if (!statement.trimmed().isEmpty())
            exec(tx.db(), statement.trimmed());
        exec(tx.db(), QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                     "VALUES (?, ?, CURRENT_TIMESTAMP)"),
             {m.version, m.name});
        tx.commit();
        ++count;
    }
    return count;
}

} // namespace kikan::store
