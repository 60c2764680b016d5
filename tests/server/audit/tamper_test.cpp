// The tamper test: entries written through the real HTTPS server and AuditLog::append, then the
// SQLite database file edited behind the server's back; `kikan-server audit verify` (a subprocess)
// must exit 1 naming the entry, and 0 on an untouched log. Retention purge keeps the chain valid.
#include "server/audit/auditchain.h"
#include "server/audit/auditlog.h"
#include "tests/shared/tabletest.h"
#include "tests/support/testserver.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace kikan;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
};

Run runServerCommand(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(KIKAN_SERVER_EXE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAll())};
}

Run verify(const test::TestServer &server)
{
    return runServerCommand({QStringLiteral("audit"), QStringLiteral("verify"),
                             QStringLiteral("--config"), server.configFile()});
}

// Ten entries: ids 1–5 are communication entries of HTTPS requests, 6–10 appended directly.
void writeTenEntries(test::TestServer &server)
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(server.client().get(QStringLiteral("/api/v1/health")).status, 200);
    for (int i = 0; i < 5; ++i) {
        audit::AuditEntry e;
        e.kind = audit::LogKind::Event;
        e.event = QStringLiteral("test.event");
        e.subject = QStringLiteral("test:%1").arg(i);
        e.detail = QJsonObject{{QStringLiteral("n"), i}};
        server.app().context().audit.append(e);
    }
}

// A connection of the test's own to the server's database file: the attacker's view.
class DirectFile
{
public:
    explicit DirectFile(const test::TestServer &server)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kName);
        db.setDatabaseName(server.dataDir() + QStringLiteral("/kikan.db"));
        if (!db.open())
            qFatal("cannot open the database file");
    }
    ~DirectFile() { QSqlDatabase::removeDatabase(kName); }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(kName));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qWarning() << sql << q.lastError().text();
        return q.isActive();
    }
    audit::StoredEntry entry(qint64 id)
    {
        QSqlQuery q(QSqlDatabase::database(kName));
        q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE id = ?")
                      .arg(QLatin1String(audit::kStoredColumns)));
        q.addBindValue(id);
        q.exec();
        q.next();
        return audit::storedEntry(q);
    }

private:
    static constexpr char kName[] = "tamper";
};

} // namespace

class AuditTamperTest : public QObject
{
    Q_OBJECT
private slots:
    void untouchedLogVerifies()
    {
        test::TestServer server;
        writeTenEntries(server);
        const Run r = verify(server);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("監査ログは改ざんされていません（10 件）")),
                 qPrintable(r.out));
    }

    void tamperingIsNamed_data()
    {
        kikan::test::addColumns<QString, QString>({"how", "named"});
        QTest::newRow("edited detail") << "edit" << "5 番: 内容が";
        QTest::newRow("edited, hash recomputed") << "edit-rehash" << "6 番: 直前の記録";
        QTest::newRow("deleted entry") << "delete" << "4 番: 記録がありません";
        QTest::newRow("two entries swapped") << "swap" << "7 番:";
        QTest::newRow("last entries deleted") << "truncate" << "9 番: 末尾の記録がありません";
        QTest::newRow("entry added past the head") << "append" << "11 番: 最終番号";
    }
    void tamperingIsNamed()
    {
        QFETCH(QString, how);
        QFETCH(QString, named);
        test::TestServer server;
        writeTenEntries(server);
        {
            DirectFile file(server);
            if (how == QLatin1String("edit")) {
                QVERIFY(file.exec(QStringLiteral("UPDATE audit_log SET detail = ? WHERE id = 5"),
                                  {QStringLiteral("{\"status\":404}")}));
            } else if (how == QLatin1String("edit-rehash")) {
                audit::StoredEntry e = file.entry(5);
                e.detail = QStringLiteral("{\"status\":404}");
                e.hash = audit::chainHash(e);
                QVERIFY(file.exec(
                    QStringLiteral("UPDATE audit_log SET detail = ?, hash = ? WHERE id = 5"),
                    {e.detail, e.hash}));
            } else if (how == QLatin1String("delete")) {
                QVERIFY(file.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 4")));
            } else if (how == QLatin1String("swap")) {
                QVERIFY(file.exec(QStringLiteral("UPDATE audit_log SET id = -1 WHERE id = 7")));
                QVERIFY(file.exec(QStringLiteral("UPDATE audit_log SET id = 7 WHERE id = 8")));
                QVERIFY(file.exec(QStringLiteral("UPDATE audit_log SET id = 8 WHERE id = -1")));
            } else if (how == QLatin1String("truncate")) {
                QVERIFY(file.exec(QStringLiteral("DELETE FROM audit_log WHERE id >= 9")));
            } else if (how == QLatin1String("append")) {
                // A forged entry that links correctly but was not written by the writer.
                audit::StoredEntry e = file.entry(10);
                e.prevHash = e.hash;
                e.id = 11;
                e.hash = audit::chainHash(e);
                QVERIFY(file.exec(QStringLiteral("INSERT INTO audit_log (%1) VALUES "
                                                 "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                                      .arg(QLatin1String(audit::kStoredColumns)),
                                  {e.id, e.occurredAt, e.kind, e.event, e.success ? 1 : 0,
                                   e.userId, e.loginId, e.authMethod, e.sessionRef, e.requestId,
                                   e.clientAddress, e.subject, e.detail, e.prevHash, e.hash}));
            }
        }
        const Run r = verify(server);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("  ") + named), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("改ざんされていません")), qPrintable(r.out));
    }

    void purgeMovesTheAnchorAndVerifyStillPasses()
    {
        test::TestServer server(test::TestServer::Store::Sqlite,
                                {{QStringLiteral("audit/retention_days"), 30}});
        server.clock().advance(-40 * 86400);
        writeTenEntries(server); // ids 1–10, forty days ago
        server.clock().advance(40 * 86400);
        writeTenEntries(server); // ids 11–20, now
        const Run purge = runServerCommand({QStringLiteral("audit"), QStringLiteral("purge"),
                                            QStringLiteral("--config"), server.configFile()});
        QCOMPARE(purge.exitCode, 0);
        QVERIFY2(purge.out.contains(QStringLiteral("10 件（1〜10 番）を削除")), qPrintable(purge.out));

        const Run r = verify(server);
        QCOMPARE(r.exitCode, 0);
        // 10 kept + the audit.purge event.
        QVERIFY2(r.out.contains(QStringLiteral("（11 件）")), qPrintable(r.out));
        DirectFile file(server);
        const audit::StoredEntry purgeEvent = file.entry(21);
        QCOMPARE(purgeEvent.event, QStringLiteral("audit.purge"));
        QCOMPARE(purgeEvent.kind, QStringLiteral("event"));
        QVERIFY(purgeEvent.detail.contains(QStringLiteral("\"deleted\":10")));
        QVERIFY(purgeEvent.detail.contains(QStringLiteral("\"lastId\":10")));
    }

    void purgeRefusesToDeleteATamperedRange()
    {
        test::TestServer server(test::TestServer::Store::Sqlite,
                                {{QStringLiteral("audit/retention_days"), 30}});
        server.clock().advance(-40 * 86400);
        writeTenEntries(server);
        server.clock().advance(40 * 86400);
        {
            DirectFile file(server);
            QVERIFY(file.exec(QStringLiteral("UPDATE audit_log SET subject = 'x' WHERE id = 3")));
        }
        const Run purge = runServerCommand({QStringLiteral("audit"), QStringLiteral("purge"),
                                            QStringLiteral("--config"), server.configFile()});
        QCOMPARE(purge.exitCode, 1);
        QVERIFY2(purge.out.contains(QStringLiteral("3 番の記録が検証に合格しない")),
                 qPrintable(purge.out));
        // The evidence is still there for verify to name.
        const Run r = verify(server);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("  3 番: 内容が")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(AuditTamperTest)
#include "tamper_test.moc"
