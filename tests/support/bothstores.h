// One server test run on both stores, SQLite and PostgreSQL: the data table that names the
// store of each row, and the main() of a test object made for one store.
#pragma once

#include "tests/support/testserver.h"

#include <QCoreApplication>
#include <QtTest>

namespace kikan::test {

// The data table of a test run on each store: a bool column "postgres", rows "sqlite" and
// "postgresql". Called from a test's _data() slot, or from initTestCase_data() for all tests.
inline void addStoreRows()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

// The store of the current addStoreRows() row (of a test's own _data() table).
inline TestServer::Store fetchStore()
{
    QFETCH(bool, postgres);
    return postgres ? TestServer::Store::Postgres : TestServer::Store::Sqlite;
}

// Runs `Test`, constructed with a store, on SQLite and then on PostgreSQL (each instance gone
// before the next starts); returns the failures of both, as a test's main() does.
template <class Test, class Application = QCoreApplication>
int execOnBothStores(int argc, char *argv[])
{
    Application app(argc, argv);
    int failures = 0;
    for (const auto store : {TestServer::Store::Sqlite, TestServer::Store::Postgres}) {
        Test test(store);
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures;
}

} // namespace kikan::test
