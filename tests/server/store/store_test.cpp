// The store on both backends (SQLite file and a real throwaway PostgreSQL 15): migrations are
// applied once and recorded, connections are per thread, transactions roll back unless committed,
// text (IVS included) round-trips, SQLite runs with WAL and foreign keys on.
#include "server/http/apierror.h"
#include "server/store/database.h"
#include "server/store/migrations.h"
#include "tests/support/pgcluster.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace kikan;

class StoreTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<test::PgCluster>();
    }
    void cleanupTestCase() { m_pg.reset(); }

    void init()
    {
        QFETCH_GLOBAL(bool, postgres);
        static int n = 0;
        store::StoreConfig config;
        if (postgres) {
            const QString name = QStringLiteral("store_test_%1").arg(++n);
            m_pg->createDatabase(name);
            config = m_pg->storeConfig(name);
        } else {
            config.sqlitePath = m_dir.filePath(QStringLiteral("store%1.db").arg(++n));
        }
        m_db = std::make_unique<store::Database>(config);
    }
    void cleanup() { m_db.reset(); }

    void initTestCase_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void migrationsApplyOnceInVersionOrder()
    {
        store::Migrator migrator(*m_db);
        const auto available = store::Migrator::available();
        QVERIFY(!available.isEmpty());
        for (qsizetype i = 1; i < available.size(); ++i)
            QVERIFY(available[i - 1].version < available[i].version);
        QCOMPARE(migrator.migrate(), int(available.size()));
        QCOMPARE(migrator.migrate(), 0); // a second run finds nothing to do
        QCOMPARE(migrator.applied().size(), available.size());
    }

    void transactionRollsBackUnlessCommitted()
    {
        store::Migrator(*m_db).migrate();
        {
            store::Transaction tx(*m_db);
            store::exec(tx.db(), QStringLiteral("INSERT INTO server_settings (name, value, "
                                                "updated_at) VALUES ('a', '1', 'now')"));
            // no commit: the destructor rolls back, as after an exception in a handler
        }
        QSqlQuery q = store::exec(m_db->connection(),
                                  QStringLiteral("SELECT COUNT(*) FROM server_settings"));
        q.next();
        QCOMPARE(q.value(0).toInt(), 0);
        {
            store::Transaction tx(*m_db);
            store::exec(tx.db(), QStringLiteral("INSERT INTO server_settings (name, value, "
                                                "updated_at) VALUES ('a', '1', 'now')"));
            tx.commit();
        }
        q = store::exec(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM server_settings"));
        q.next();
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void japaneseTextWithIvsRoundTrips()
    {
        store::Migrator(*m_db).migrate();
        // 髙橋 and 葛 followed by the variation selector U+E0100.
        const QString name = QStringLiteral("髙橋 葛") + QString::fromUcs4(U"\U000E0100");
        store::exec(m_db->connection(),
                    QStringLiteral("INSERT INTO server_settings (name, value, updated_at) "
                                   "VALUES ('name', ?, 'now')"), {name});
        QSqlQuery q = store::exec(m_db->connection(),
                                  QStringLiteral("SELECT value FROM server_settings "
                                                 "WHERE name = 'name'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), name);
    }

    void badStatementIsStoreUnavailableError()
    {
        bool thrown = false;
        try {
            store::exec(m_db->connection(), QStringLiteral("SELECT * FROM no_such_table"));
        } catch (const http::ApiError &e) {
            thrown = e.code() == QLatin1String("store.unavailable");
        }
        QVERIFY(thrown);
    }

    void eachThreadHasItsOwnConnection()
    {
        store::Migrator(*m_db).migrate();
        // Eight threads insert concurrently through their own connections; nothing is lost and
        // no writer deadlocks (BEGIN IMMEDIATE on SQLite, row locks on PostgreSQL).
        QList<QThread *> threads;
        QAtomicInt failures;
        for (int t = 0; t < 8; ++t) {
            threads.append(QThread::create([this, t, &failures] {
                try {
                    for (int i = 0; i < 20; ++i) {
                        store::Transaction tx(*m_db);
                        store::exec(tx.db(),
                                    QStringLiteral("INSERT INTO server_settings (name, value, "
                                                   "updated_at) VALUES (?, 'v', 'now')"),
                                    {QStringLiteral("t%1-%2").arg(t).arg(i)});
                        tx.commit();
                    }
                } catch (...) {
                    failures.fetchAndAddRelaxed(1);
                }
                m_db->releaseThreadConnection();
            }));
            threads.last()->start();
        }
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
        QSqlQuery q = store::exec(m_db->connection(),
                                  QStringLiteral("SELECT COUNT(*) FROM server_settings"));
        q.next();
        QCOMPARE(q.value(0).toInt(), 160);
    }

    void prefixSearchUsesTheIndex()
    {
        // A name or reading search is a prefix LIKE on a folded key: on SQLite it must be answered
        // from the index, not by reading every resident (case_sensitive_like; tests/bench).
        QFETCH_GLOBAL(bool, postgres);
        if (postgres)
            QSKIP("SQLite query plan only");
        store::Migrator(*m_db).migrate();
        // The search reads the rows in force only (partial index, server/resident/searchstore.cpp).
        QSqlQuery q = store::exec(m_db->connection(),
                                  QStringLiteral("EXPLAIN QUERY PLAN SELECT party_no FROM "
                                                 "resident_records WHERE superseded_at IS NULL "
                                                 "AND valid_to IS NULL AND name_key LIKE ? "
                                                 "ESCAPE '\\'"),
                                  {QStringLiteral("タカハシ%")});
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QStringLiteral("SEARCH")) && plan.contains(QStringLiteral("name_key>")),
                 qPrintable(plan));
    }

    void sqliteRunsWithWalAndForeignKeys()
    {
        QFETCH_GLOBAL(bool, postgres);
        if (postgres)
            QSKIP("SQLite pragmas only");
        QSqlQuery q = store::exec(m_db->connection(), QStringLiteral("PRAGMA journal_mode"));
        q.next();
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        q = store::exec(m_db->connection(), QStringLiteral("PRAGMA foreign_keys"));
        q.next();
        QCOMPARE(q.value(0).toInt(), 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::PgCluster> m_pg;
    std::unique_ptr<store::Database> m_db;
};

QTEST_GUILESS_MAIN(StoreTest)
#include "store_test.moc"
