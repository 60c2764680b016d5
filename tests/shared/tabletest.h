// Table-driven QtTest helpers for every test program: typed columns in one call, a data table
// given as one list of rows of text columns, and the check every parser's rejection table makes.
#pragma once

#include <QString>
#include <QStringList>
#include <QtTest>

#include <array>
#include <cstddef>
#include <initializer_list>

namespace kikan::test {

struct TextRow {
    const char *name;
    QStringList values; // one per column
};

// Adds one column per type, named in order: addColumns<QString, int>({"text", "count"}).
template <typename... Types>
void addColumns(const std::array<const char *, sizeof...(Types)> &names)
{
    std::size_t index = 0;
    (QTest::addColumn<Types>(names[index++]), ...);
}

// Adds a QString column per name in `columns`, then a row per entry of `rows`.
inline void addTextRows(std::initializer_list<const char *> columns,
                        std::initializer_list<TextRow> rows)
{
    for (const char *column : columns)
        QTest::addColumn<QString>(column);
    for (const TextRow &row : rows) {
        QTestData &data = QTest::newRow(row.name);
        for (const QString &value : row.values)
            data << value;
    }
}

// The rows of a rejection table: columns "text" and "code" (the error code expected).
inline void addRejectRows(std::initializer_list<TextRow> rows)
{
    addTextRows({"text", "code"}, rows);
}

// The test of a rejection table: parse(text) fails with `code` and a message, which names the
// thing read (`label`) when one is given.
template <typename Parse>
void verifyRejects(Parse parse, const QString &label = {})
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const auto result = parse(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
    if (!label.isEmpty())
        QVERIFY(result.error().message.contains(label));
}

} // namespace kikan::test
