// The `kikan-server user` and `kikan-server group` commands and `init`'s built-in groups, run as
// the real executable on the data of a running test server (docs/auth.md, "Command line").
#include "authtestkit.h"
#include "server/store/database.h"

#include "tests/support/testenv.h"

#include <QProcess>

using namespace kikan;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class AdministrationTest : public QObject
{
    Q_OBJECT
private:
    Run kikanServer(QStringList args, const QByteArray &stdinText = {})
    {
        QProcess p;
        args << QStringLiteral("--config") << m_server->configFile();
        p.start(test::binaryDir() + QStringLiteral("/server/kikan-server"), args);
        p.write(stdinText);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    std::unique_ptr<test::TestServer> m_server;

private slots:
    void initTestCase() { m_server = std::make_unique<test::TestServer>(); }
    void cleanupTestCase() { m_server.reset(); }

    void initCreatesTheBuiltInGroupsOnce()
    {
        QCOMPARE(kikanServer({QStringLiteral("init")}).code, 0);
        QCOMPARE(kikanServer({QStringLiteral("init")}).code, 0);
        const Run list = kikanServer({QStringLiteral("group"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.out.count(QStringLiteral("システム管理者")), 1);
        QVERIFY(list.out.contains(QStringLiteral("admin:administer audit:view")));
        QCOMPARE(list.out.count(QStringLiteral("窓口職員")), 1);
        QCOMPARE(list.out.count(QStringLiteral("出納室職員")), 1);
    }

    void staffAddedOnTheCommandLineCanSignIn()
    {
        const Run add = kikanServer({"user", "add", "--login", "madoguchi", "--name", "窓口 太郎",
                                     "--group", "窓口職員", "--password-stdin"},
                                    "Kikan-Demo-2026\n");
        QVERIFY2(add.code == 0, qPrintable(add.err));
        QCOMPARE(kikanServer({"user", "bind-card", "madoguchi", "04a1b2c3d4e5f6"}).code, 0);
        QCOMPARE(kikanServer({"user", "set-pin", "madoguchi", "--pin-stdin"}, "1234\n").code, 0);
        const Run list = kikanServer({QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY(list.out.contains(QStringLiteral("madoguchi\t窓口 太郎\t有効\t04A1B2C3D4E5F6")));

        QVERIFY(!test::signIn(*m_server, "madoguchi", "Kikan-Demo-2026").isEmpty());
        const test::HttpReply card = m_server->client().post(
            QStringLiteral("/api/v1/auth/card-sign-in"),
            {{QStringLiteral("cardId"), "04A1B2C3D4E5F6"}, {QStringLiteral("pin"), "1234"}});
        QCOMPARE(card.status, 200);
        // Logged as operations made on the command line.
        QSqlQuery q = store::exec(m_server->app().context().database.connection(),
                                  QStringLiteral("SELECT COUNT(*) FROM audit_log "
                                                 "WHERE auth_method "
                                                 "= 'cli' AND event IN ('user.create', "
                                                 "'user.bind_card', 'user.set_pin')"));
        q.next();
        QCOMPARE(q.value(0).toInt(), 3);
    }

    void refusalsExitWithOneAndSayWhyInJapanese()
    {
        const Run weak = kikanServer({"user", "add", "--login", "weak", "--name", "弱い",
                                      "--password-stdin"}, "short\n");
        QCOMPARE(weak.code, 1);
        QVERIFY2(weak.err.contains(QStringLiteral("10 文字以上")), qPrintable(weak.err));
        const Run unknown = kikanServer({"user", "disable", "nosuchuser"});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("登録されていません")));
        const Run right = kikanServer({"group", "add", "誤り", "--right", "resident:fly"});
        QCOMPARE(right.code, 1);
        QVERIFY(right.err.contains(QStringLiteral("resident:fly")));
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(kikanServer({"user"}).code, 2);
        QCOMPARE(kikanServer({"user", "add", "--login", "x"}).code, 2);
        QCOMPARE(kikanServer({"user", "frobnicate", "x"}).code, 2);
        QCOMPARE(kikanServer({"group", "add"}).code, 2);
    }

    void disableUnlockAndResetPassword()
    {
        QCOMPARE(kikanServer({"group", "add", "税務", "--right", "resident_tax:view",
                              "--right", "resident_tax:update"}).code, 0);
        QCOMPARE(kikanServer({"user", "add", "--login", "zeimu", "--name", "税務 一郎",
                              "--group", "税務"}).code, 0);
        const Run reset = kikanServer({"user", "reset-password", "zeimu"});
        QCOMPARE(reset.code, 0);
        const QString temporary =
            reset.out.section(QStringLiteral("仮パスワード: "), 1).trimmed();
        QCOMPARE(temporary.size(), 15);
        const test::HttpReply r = m_server->client().post(
            QStringLiteral("/api/v1/auth/sign-in"),
            {{QStringLiteral("loginId"), "zeimu"}, {QStringLiteral("password"), temporary}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value("user").toObject().value("mustChangePassword").toBool());

        QCOMPARE(kikanServer({"user", "disable", "zeimu"}).code, 0);
        QVERIFY(kikanServer({"user", "list"}).out.contains(QStringLiteral("zeimu\t税務 一郎\t利用停止")));
        QCOMPARE(kikanServer({"user", "enable", "zeimu"}).code, 0);
        QCOMPARE(kikanServer({"user", "unlock", "zeimu"}).code, 0);
        QCOMPARE(kikanServer({"user", "revoke-card", "zeimu", "0102030405"}).code, 1);
    }
};

QTEST_GUILESS_MAIN(AdministrationTest)
#include "administration_test.moc"
