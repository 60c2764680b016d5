// The one way a store reads a row and binds a value: RowReader walks a query's columns in SELECT
// order (a reader names each field once and never counts positions), and the bind helpers write
// what the schema expects for empty values. Used by every module's store code.
#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace kikan::store {

class RowReader
{
public:
    explicit RowReader(const QSqlQuery &query, int firstColumn = 0)
        : m_query(query), m_column(firstColumn)
    {
    }

    QVariant value() { return m_query.value(m_column++); }
    qint64 id() { return value().toLongLong(); }     // also any BIGINT; NULL reads 0
    int integer() { return value().toInt(); }
    bool flag() { return value().toInt() != 0; }      // 0/1 columns (both stores)
    QString text() { return value().toString(); }    // NULL reads as an empty string
    // A date stored as ISO text (YYYY-MM-DD); NULL reads as an invalid date.
    QDate date()
    {
        const QVariant v = value();
        return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
    }
    // Skips a column the caller does not need.
    void skip() { ++m_column; }

private:
    const QSqlQuery &m_query;
    int m_column;
};

// NULL for an empty text (optional columns), else the text.
inline QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}
// '' for a null text (NOT NULL columns: Qt binds a null QString as NULL).
inline QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}
// A date as ISO text, NULL for an invalid date.
inline QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

} // namespace kikan::store
