// One server per data folder (issue 15, 1), with real kikan-server processes on SQLite: a second
// `serve` on the same folder exits at once naming the first one's pid; a second server on the same
// port (another folder) cannot bind it (no SO_REUSEPORT); the lock dies with its process.
#include "serverprocess.h"

#include "server/operations/datadirlock.h"
#include "tests/support/testserver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace kikan;

class DataDirLockTest : public QObject
{
    Q_OBJECT
private slots:
    void aSecondServerOnTheSameFolderExitsNamingTheFirst()
    {
        test::ServerFolder folder;
        test::ServeProcess first(folder.configFile());
        QVERIFY2(first.waitUntilListening(), qPrintable(first.output()));
        QCOMPARE(operations::DataDirLock::holder(folder.dataDir()), first.pid());

        QElapsedTimer timer;
        timer.start();
        test::ServeProcess second(folder.configFile());
        QCOMPARE(second.waitForExit(), 1);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(second.output().contains(
                     QStringLiteral("別の kikan-server（プロセス番号 %1）が使用中").arg(first.pid())),
                 qPrintable(second.output()));
        // The first one goes on answering.
        QCOMPARE(test::HttpsClient(first.port(), folder.caFile()).get("/api/v1/health").status, 200);
    }

    void aSecondServerOnTheSamePortCannotBindIt()
    {
        test::ServerFolder folder;
        test::ServeProcess first(folder.configFile());
        QVERIFY2(first.waitUntilListening(), qPrintable(first.output()));
        test::ServerFolder other(first.port());
        test::ServeProcess second(other.configFile());
        QCOMPARE(second.waitForExit(), 1);
        QVERIFY2(second.output().contains(QStringLiteral("で待ち受けられません")),
                 qPrintable(second.output()));
        for (int i = 0; i < 5; ++i) // every connection reaches the first server
            QCOMPARE(test::HttpsClient(first.port(), folder.caFile()).get("/api/v1/health").status,
                     200);
    }

    void theLockGoesWithItsProcessEvenOnKill()
    {
        test::ServerFolder folder;
        {
            test::ServeProcess first(folder.configFile());
            QVERIFY2(first.waitUntilListening(), qPrintable(first.output()));
            first.kill();
        }
        QCOMPARE(operations::DataDirLock::holder(folder.dataDir()), 0);
        test::ServeProcess again(folder.configFile());
        QVERIFY2(again.waitUntilListening(), qPrintable(again.output()));
        again.terminate();
        QCOMPARE(operations::DataDirLock::holder(folder.dataDir()), 0);
    }
};

QTEST_GUILESS_MAIN(DataDirLockTest)
#include "datadirlock_test.moc"
