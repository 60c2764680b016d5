// A power cut mid-write: the kikan-server process is killed with SIGKILL while several clients are
// being served (every request appends to the hash-chained logs in its own transaction). Afterwards
// the SQLite file must be intact, the log chain must verify, and every request that was answered
// must have its log entry: nothing acknowledged is lost (WAL with synchronous=FULL).
#include "tests/support/testserver.h"

#include <QAtomicInt>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

using namespace kikan;

class PowerCutTest : public QObject
{
    Q_OBJECT
private slots:
    void killedServerLosesNothingAnswered()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        test::makeTlsMaterial(data + QStringLiteral("/tls"));
        const QString config = dir.filePath(QStringLiteral("kikan-server.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[server]\ndata_dir=data\nport=0\nthreads=8\n");
        file.close();
        QCOMPARE(QProcess::execute(QStringLiteral(KIKAN_SERVER_EXE),
                                   {QStringLiteral("init"), QStringLiteral("--config"), config}),
                 0);

        QProcess server;
        server.start(QStringLiteral(KIKAN_SERVER_EXE),
                     {QStringLiteral("serve"), QStringLiteral("--config"), config});
        int port = 0;
        const QRegularExpression listening(QStringLiteral(":(\\d+)/api/v1/"));
        for (int i = 0; i < 100 && port == 0; ++i) {
            server.waitForReadyRead(200);
            const auto m = listening.match(QString::fromUtf8(server.readAllStandardOutput()));
            if (m.hasMatch())
                port = m.captured(1).toInt();
        }
        QVERIFY2(port > 0, "the server did not report its port");

        // Four clients make requests until the server dies under them.
        QAtomicInt answered;
        std::atomic<bool> stop = false;
        std::vector<std::thread> clients;
        for (int c = 0; c < 4; ++c) {
            clients.emplace_back([&] {
                test::HttpsClient client(port, data + QStringLiteral("/tls/ca.crt"));
                while (!stop) {
                    try {
                        if (client.get(QStringLiteral("/api/v1/health")).status == 200)
                            answered.fetchAndAddRelaxed(1);
                    } catch (const std::exception &) {
                        return; // the server is gone
                    }
                }
            });
        }
        while (answered.loadRelaxed() < 60)
            QThread::msleep(10);
        server.kill(); // SIGKILL: no shutdown, no flush, like pulling the plug
        server.waitForFinished();
        stop = true;
        for (std::thread &t : clients)
            t.join();

        const QString dbFile = data + QStringLiteral("/kikan.db");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("check"));
            db.setDatabaseName(dbFile);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log "
                                          "WHERE kind = 'communication'")) && q.next());
            QVERIFY2(q.value(0).toInt() >= answered.loadRelaxed(),
                     qPrintable(QStringLiteral("%1 log entries for %2 answered requests")
                                    .arg(q.value(0).toInt()).arg(answered.loadRelaxed())));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        QProcess verify;
        verify.start(QStringLiteral(KIKAN_SERVER_EXE),
                     {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--config"),
                      config});
        QVERIFY(verify.waitForFinished(60000));
        QVERIFY2(verify.exitCode() == 0, verify.readAll().constData());

        // And the server starts again on the same file.
        QProcess again;
        again.start(QStringLiteral(KIKAN_SERVER_EXE),
                    {QStringLiteral("serve"), QStringLiteral("--config"), config});
        QVERIFY(again.waitForReadyRead(10000));
        QVERIFY(QString::fromUtf8(again.readAllStandardOutput()).contains(listening));
        again.terminate();
        QVERIFY(again.waitForFinished(30000));
        QCOMPARE(again.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(PowerCutTest)
#include "powercut_test.moc"
