// The test environment (issue 15, 6; docs/operations.md "Test environment") with the real
// executable on SQLite: refused with production's configuration or over an unmarked database;
// built from production's newest backup, it holds no real name, 個人番号, address or 支援措置 note —
// checked here against the source backup, independently of the command's own check — and it is
// marked, its audit chain verifies, it serves and its search finds the new names.
#include "serverprocess.h"

#include "server/operations/backup.h"
#include "server/store/database.h"
#include "tests/support/testserver.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace kikan;

namespace {

const QString kNote = QStringLiteral("加害者は元配偶者。勤務先に知られないこと");

struct Cells {
    QStringList all; // every text value of every table
};

QSqlDatabase openFile(const QString &file, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(file);
    db.open();
    return db;
}

QStringList textCells(QSqlDatabase db)
{
    QStringList cells;
    for (const QString &table : db.tables()) {
        QSqlQuery q(QStringLiteral("SELECT * FROM \"%1\"").arg(table), db);
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                if (q.value(i).typeId() == QMetaType::QString)
                    cells << q.value(i).toString();
            }
        }
    }
    return cells;
}

QHash<qint64, QStringList> rows(QSqlDatabase db)
{
    QHash<qint64, QStringList> byId;
    QSqlQuery q(QStringLiteral("SELECT id, family_name || given_name, COALESCE(my_number, ''), "
                               "town_area_code || '|' || address_number || '|' || "
                               "COALESCE(address_supplement, ''), household_no FROM resident_records"),
                db);
    while (q.next())
        byId.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString(),
                                              q.value(3).toString(), q.value(4).toString()});
    return byId;
}

// What a signed-in client is told about the environment of a served folder.
QString environment(const test::ServerFolder &folder)
{
    test::ServeProcess server(folder.configFile());
    if (!server.waitUntilListening())
        return server.output();
    test::HttpsClient client(server.port(), folder.caFile());
    const QString token =
        client.post(QStringLiteral("/api/v1/auth/sign-in"),
                    {{QStringLiteral("loginId"), "kunren"}, {QStringLiteral("password"), "Kikan-Drill-2026"}})
            .json().value(QStringLiteral("token")).toString();
    return client.get(QStringLiteral("/api/v1/operations/environment"), token)
        .json().value(QStringLiteral("environment")).toString();
}

} // namespace

class TestEnvTest : public QObject
{
    Q_OBJECT
private slots:
    void aMaskedTestEnvironmentHoldsNoRealPersonalData();
};

void TestEnvTest::aMaskedTestEnvironmentHoldsNoRealPersonalData()
{
    test::ServerFolder production;
    QCOMPARE(production.run({"init", "--demo"}).code, 0);
    QCOMPARE(production.run({"demotown", "generate", "--residents", "400"}).code, 0);
    {
        core::StoreConfig config;
        config.sqlitePath = production.dataDir() + QStringLiteral("/kikan.db");
        store::Database db(config);
        store::exec(db.connection(), QStringLiteral(
            "INSERT INTO protection_measures (party_no, starts_on, reason, note, recorded_at, "
            "recorded_by) SELECT MIN(party_no), '2026-04-01', 'dv', ?, '2026-04-01T00:00:00.000Z', "
            "0 FROM resident_records"), {kNote});
        db.releaseThreadConnection();
    }
    const test::CommandRun user =
        production.run({"user", "add", "--login", "kunren", "--name", "訓練 職員", "--group",
                        "窓口職員", "--password-stdin"},
                       "Kikan-Drill-2026\n");
    QVERIFY2(user.code == 0, qPrintable(user.err));
    QCOMPARE(environment(production), QStringLiteral("production"));
    QCOMPARE(production.run({"backup"}).code, 0);
    const QString backups = production.dataDir() + QStringLiteral("/backups");
    const QString source = backups + QLatin1Char('/') + operations::listBackups(backups).first();

    // Production's own configuration has no source: refused.
    const test::CommandRun onProduction = production.run({"testenv", "refresh"});
    QCOMPARE(onProduction.code, 1);
    QVERIFY2(onProduction.err.contains(QStringLiteral("本番の設定では実行できません")),
             qPrintable(onProduction.err));
    // A test configuration whose database is an unmarked one (as production's is): refused.
    test::ServerFolder testenv(0, 8, QStringLiteral("[testenv]\nsource_backups=%1\n").arg(backups));
    const test::CommandRun overUnmarked = testenv.run({"testenv", "refresh"});
    QCOMPARE(overUnmarked.code, 1);
    QVERIFY2(overUnmarked.err.contains(QStringLiteral("テスト環境の印のないデータベース")),
             qPrintable(overUnmarked.err));

    const QString target = testenv.dataDir() + QStringLiteral("/kikan.db");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(target + QLatin1String(suffix));
    const test::CommandRun refresh = testenv.run({"testenv", "refresh", "--seed", "7"});
    QVERIFY2(refresh.code == 0, qPrintable(refresh.err));
    qInfo().noquote() << refresh.out.trimmed();
    QVERIFY2(testenv.run({"testenv", "refresh"}).code == 0, "a second refresh over a marked one");

    {
        QSqlDatabase src = openFile(source, QStringLiteral("source"));
        QSqlDatabase masked = openFile(target, QStringLiteral("masked"));
        const QHash<qint64, QStringList> before = rows(src), after = rows(masked);
        QCOMPARE(after.size(), before.size());
        QHash<QString, QSet<QString>> householdsAt; // source address → its households
        for (const QStringList &r : before)
            householdsAt[r.at(2)].insert(r.at(3));
        QSet<QString> names, numbers;
        int unchangedAddresses = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const QStringList &now = after.value(it.key());
            QVERIFY2(now.at(0) != it.value().at(0), qPrintable(it.value().at(0)));
            QVERIFY(now.at(1).isEmpty());
            unchangedAddresses += now.at(2) == it.value().at(2)
                                  && householdsAt.value(it.value().at(2)).size() == 1;
            names.insert(it.value().at(0));
            if (!it.value().at(1).isEmpty())
                numbers.insert(it.value().at(1));
        }
        QCOMPARE(unchangedAddresses, 0);
        QVERIFY(numbers.size() > 300);
        // No 個人番号 and no note anywhere; no real name outside the records checked above.
        static const QRegularExpression twelveDigits(QStringLiteral("\\d{12}"));
        for (const QString &cell : textCells(masked)) {
            for (const QRegularExpressionMatch &m : twelveDigits.globalMatch(cell))
                QVERIFY2(!numbers.contains(m.captured()), qPrintable(cell.left(200)));
            QVERIFY(!cell.contains(kNote));
        }
        QSqlQuery settings(QStringLiteral("SELECT value FROM server_settings WHERE name = "
                                          "'operations.environment'"), masked);
        QVERIFY(settings.next());
        QCOMPARE(settings.value(0).toString(), QStringLiteral("test"));
        QSqlQuery detail(QStringLiteral("SELECT COUNT(*) FROM resident_changes WHERE detail <> '{}'"),
                         masked);
        detail.next();
        QCOMPARE(detail.value(0).toInt(), 0);
        src.close();
        masked.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("source"));
    QSqlDatabase::removeDatabase(QStringLiteral("masked"));

    QCOMPARE(testenv.run({"audit", "verify"}).code, 0);
    QCOMPARE(environment(testenv), QStringLiteral("test")); // serves; the client shows its banner
}

QTEST_GUILESS_MAIN(TestEnvTest)
#include "testenv_test.moc"
