// SQLite backups (issue 15, 3; docs/operations.md "Backups"): a snapshot taken while another
// thread writes is consistent and verified (integrity_check + audit chain); retention keeps the
// configured days; serve's schedule takes it; and a restore drill with the real executable —
// backup beside a serving server under load, restore refused while it runs, restored data exactly
// as backed up once it is stopped.
#include "serverprocess.h"

#include "server/app/dailyjobs.h"
#include "server/audit/auditlog.h"
#include "server/core/context.h"
#include "server/operations/backup.h"
#include "server/store/database.h"
#include "tests/support/testserver.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace kikan;

namespace {

qint64 countIn(const QString &file, const QString &sql)
{
    core::StoreConfig config;
    config.sqlitePath = file;
    store::Database db(config);
    QSqlQuery q = store::exec(db.connection(), sql);
    q.next();
    const qint64 n = q.value(0).toLongLong();
    db.releaseThreadConnection();
    return n;
}

// Audit entries written one by one on a thread of its own until stopped.
class Writer
{
public:
    explicit Writer(core::ServerContext &context)
        : m_thread([this, &context] {
              while (!m_stop) {
                  context.audit.record(core::Actor::system(), audit::LogKind::Event,
                                       QStringLiteral("test.write"),
                                       QStringLiteral("n:%1").arg(m_written.load()));
                  ++m_written;
              }
              context.database.releaseThreadConnection();
          })
    {
    }
    int stop()
    {
        m_stop = true;
        m_thread.join();
        return m_written;
    }
    int written() const { return m_written; }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_written{0};
    std::thread m_thread;
};

} // namespace

class BackupTest : public QObject
{
    Q_OBJECT
private slots:
    void aBackupTakenWhileAnotherThreadWritesIsConsistent()
    {
        test::TestServer server;
        core::ServerContext &ctx = server.app().context();
        Writer writer(ctx);
        QTRY_VERIFY_WITH_TIMEOUT(writer.written() > 200, 60000);
        const operations::BackupResult r = operations::backupAndRecord(ctx);
        const int atBackupEnd = writer.written();
        QTRY_VERIFY_WITH_TIMEOUT(writer.written() > atBackupEnd + 200, 60000); // writes went on
        const int total = writer.stop();

        const operations::CopyCheck check = operations::verifyCopy(r.file);
        QVERIFY2(check.ok, qPrintable(check.message));
        QCOMPARE(check.auditEntries, r.auditEntries);
        const qint64 copied = countIn(r.file, "SELECT COUNT(*) FROM audit_log WHERE event = 'test.write'");
        qInfo("%lld of %d entries written during the test are in the copy (%lld bytes)", copied,
              total, r.bytes);
        QVERIFY(copied > 200 && copied < total);
        // The backup's own entry is in the live log, after the snapshot.
        QCOMPARE(countIn(ctx.config.store.sqlitePath,
                         "SELECT COUNT(*) FROM audit_log WHERE event = 'operations.backup'"),
                 1);
    }

    void retentionKeepsTheConfiguredDaysAndTheNewest()
    {
        test::TestServer server(test::TestServer::Store::Sqlite,
                                {{QStringLiteral("backup/keep_days"), 2}});
        core::ServerContext &ctx = server.app().context();
        QStringList taken;
        for (int day = 0; day < 4; ++day) {
            taken << QFileInfo(operations::backupAndRecord(ctx).file).fileName();
            server.clock().advance(24 * 3600);
        }
        const QString folder = operations::BackupSettings::from(ctx.config).folder;
        QCOMPARE(operations::listBackups(folder), (QStringList{taken.at(3), taken.at(2)}));
    }

    void serveTakesTheBackupOnItsSchedule()
    {
        test::TestServer server(test::TestServer::Store::Sqlite,
                                {{QStringLiteral("backup/time"), QStringLiteral("02:30")},
                                 {QStringLiteral("audit/purge_time"), QStringLiteral("off")}});
        core::ServerContext &ctx = server.app().context();
        const QTime now = ctx.clock.now().toLocalTime().time();
        server.clock().advance(now.secsTo(QTime(2, 0)) + (now > QTime(2, 0) ? 24 * 3600 : 0));
        app::DailyJobs jobs(ctx.clock);
        app::addConfiguredJobs(jobs, ctx);
        QVERIFY(jobs.runDue().isEmpty()); // 02:00
        server.clock().advance(31 * 60);
        QCOMPARE(jobs.runDue(), QStringList{QStringLiteral("operations.backup@02")});
        const QString folder = operations::BackupSettings::from(ctx.config).folder;
        QCOMPARE(operations::listBackups(folder).size(), 1);
    }

    void aDamagedCopyIsRefused()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("kikan-20261202T000000Z.db"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const operations::CopyCheck check = operations::verifyCopy(file);
        QVERIFY(!check.ok);
        QVERIFY2(check.message.contains(QStringLiteral("壊れています")), qPrintable(check.message));
    }

    void restoreDrill();
};

void BackupTest::restoreDrill()
{
    test::ServerFolder folder;
    const auto addUser = [&](const char *login) {
        return folder.run({"user", "add", "--login", login, "--name", "訓練 職員", "--group",
                           "窓口職員", "--password-stdin"},
                          "Kikan-Drill-2026\n");
    };
    test::ServeProcess server(folder.configFile());
    QVERIFY2(server.waitUntilListening(), qPrintable(server.output()));
    QCOMPARE(addUser("kunren1").code, 0);

    // Backup from another process while the server answers requests (each one is logged).
    std::atomic<bool> stop{false};
    std::atomic<int> answered{0};
    std::thread load([&] {
        test::HttpsClient client(server.port(), folder.caFile());
        while (!stop)
            answered += client.get(QStringLiteral("/api/v1/health")).status == 200;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered > 20, 60000);
    const test::CommandRun backup = folder.run({"backup"});
    const int duringBackup = answered;
    QTRY_VERIFY_WITH_TIMEOUT(answered > duringBackup + 20, 60000);
    stop = true;
    load.join();
    QVERIFY2(backup.code == 0, qPrintable(backup.err));
    QVERIFY(backup.out.contains(QStringLiteral("バックアップを取りました")));
    QCOMPARE(addUser("kunren2").code, 0); // after the backup: must be gone after the restore

    const test::CommandRun refused = folder.run({"restore", "latest"});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("プロセス番号 %1").arg(server.pid())),
             qPrintable(refused.err));
    server.terminate();

    const test::CommandRun restored = folder.run({"restore", "latest"});
    QVERIFY2(restored.code == 0, qPrintable(restored.err));
    const QString users = folder.run({"user", "list"}).out;
    QVERIFY2(users.contains(QStringLiteral("kunren1")), qPrintable(users));
    QVERIFY2(!users.contains(QStringLiteral("kunren2")), qPrintable(users));
    const test::CommandRun verify = folder.run({"audit", "verify"});
    QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
    QVERIFY(!QDir(folder.dataDir()).entryList({QStringLiteral("kikan.db.before-restore-*")},
                                               QDir::Files).isEmpty());
    test::ServeProcess again(folder.configFile());
    QVERIFY2(again.waitUntilListening(), qPrintable(again.output()));
    QCOMPARE(test::HttpsClient(again.port(), folder.caFile()).get("/api/v1/health").status, 200);
}

QTEST_GUILESS_MAIN(BackupTest)
#include "backup_test.moc"
