// Sign-in, lockout, rights, cards and sessions over real HTTPS, run on SQLite and on PostgreSQL
// (server/auth; rules in docs/auth.md). Times move with the test server's ManualClock.
#include "authtestkit.h"
#include "server/store/database.h"
#include "server/auth/adminlog.h"
#include "server/auth/useradmin.h"

#include "shared/api/errorcode.h"
#include "tests/support/bothstores.h"

#include <QJsonArray>

using namespace kikan;

namespace {
auth::UserAdmin userAdmin(test::TestServer &server)
{
    return auth::UserAdmin(server.app().context(), auth::AdminLog::commandLineActor());
}
const QString kAdminPass = QStringLiteral("Admin-Pass-2026");
const QString kClerkPass = QStringLiteral("Clerk-Pass-2026");
const QString kCard = QStringLiteral("04A1B2C3D4E5F6");
} // namespace

class SignInTest : public QObject
{
    Q_OBJECT
public:
    explicit SignInTest(test::TestServer::Store store) : m_store(store) {}

private:
    test::HttpReply call(const QByteArray &method, const QString &path,
                         const QJsonObject &body = {}, const QString &token = {})
    {
        return m_server->client().request(method, QStringLiteral("/api/v1") + path,
                                          method == "GET" ? QByteArray() : test::json(body),
                                          token);
    }
    test::HttpReply cardSignIn(const QString &card, const QString &pin)
    {
        return call("POST", QStringLiteral("/auth/card-sign-in"),
                    {{QStringLiteral("cardId"), card}, {QStringLiteral("pin"), pin}});
    }
    test::HttpReply passwordSignIn(const QString &login, const QString &password)
    {
        return call("POST", QStringLiteral("/auth/sign-in"),
                    {{QStringLiteral("loginId"), login}, {QStringLiteral("password"), password}});
    }
    QStringList rightsOf(const test::HttpReply &r)
    {
        QStringList out;
        const QJsonObject user = r.json().value(QStringLiteral("user")).toObject();
        for (const QJsonValue &v : user.value(QStringLiteral("rights")).toArray())
            out << v.toString();
        return out;
    }

    test::TestServer::Store m_store;
    std::unique_ptr<test::TestServer> m_server;
    QString m_admin; // the administrator's token

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>(m_store);
        test::addStaff(*m_server, QStringLiteral("admin"), kAdminPass,
                       {QStringLiteral("システム管理者")});
        test::addStaff(*m_server, QStringLiteral("clerk"), kClerkPass,
                       {QStringLiteral("窓口職員")});
        m_admin = test::signIn(*m_server, QStringLiteral("admin"), kAdminPass);
        QVERIFY(!m_admin.isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void passwordSignInGivesTokenUserAndRights()
    {
        const test::HttpReply r = passwordSignIn(QStringLiteral("clerk"), kClerkPass);
        QCOMPARE(r.status, 200);
        const QString token = r.json().value(QStringLiteral("token")).toString();
        QCOMPARE(token.size(), 43);
        QCOMPARE(r.json().value(QStringLiteral("idleTimeoutSeconds")).toInt(), 1800);
        QVERIFY(!r.json().value(QStringLiteral("expiresAt")).toString().isEmpty());
        QCOMPARE(rightsOf(r), QStringList({"resident:issue", "resident:print", "resident:update",
                                           "resident:view"}));
        QVERIFY(!r.json().value(QStringLiteral("user")).toObject()
                     .value(QStringLiteral("mustChangePassword")).toBool());
        const test::HttpReply me = call("GET", QStringLiteral("/auth/me"), {}, token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("user")).toObject()
                     .value(QStringLiteral("loginId")).toString(), QStringLiteral("clerk"));
        QVERIFY(test::auditCount(*m_server, QStringLiteral("auth.sign_in"),
                                 QStringLiteral("clerk"), 1) >= 1);
    }

    void temporaryPasswordMustBeChangedFirst()
    {
        // An administrator set this password: until its owner changes it, only who-am-I, the
        // password change and sign-out are answered.
        test::addStaff(*m_server, QStringLiteral("newadmin"), kAdminPass,
                       {QStringLiteral("システム管理者")}, /*temporary=*/true);
        const test::HttpReply r = passwordSignIn(QStringLiteral("newadmin"), kAdminPass);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value("user").toObject().value("mustChangePassword").toBool());
        const QString token = r.json().value(QStringLiteral("token")).toString();
        const test::HttpReply refused = call("GET", QStringLiteral("/admin/users"), {}, token);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.code(), QString::fromLatin1(api::err::PasswordChangeRequired));
        QCOMPARE(call("GET", QStringLiteral("/auth/me"), {}, token).status, 200);
        QCOMPARE(call("POST", QStringLiteral("/auth/password"),
                      {{"currentPassword", kAdminPass}, {"newPassword", "Newadmin-Own-2026"}},
                      token).status, 204);
        QCOMPARE(call("GET", QStringLiteral("/admin/users"), {}, token).status, 200);
    }

    void unknownUserAndWrongPasswordAnswerAlike()
    {
        const test::HttpReply unknown = passwordSignIn(QStringLiteral("nobody"), kClerkPass);
        const test::HttpReply wrong = passwordSignIn(QStringLiteral("clerk"), kAdminPass);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.code(), QString::fromLatin1(api::err::InvalidCredentials));
        QCOMPARE(wrong.code(), unknown.code());
        QCOMPARE(wrong.json().value(QStringLiteral("title")), unknown.json().value("title"));
        QCOMPARE(wrong.json().value(QStringLiteral("detail")), unknown.json().value("detail"));
        QCOMPARE(test::auditCount(*m_server, QStringLiteral("auth.sign_in"),
                                  QStringLiteral("nobody"), 0), 1);
        QCOMPARE(test::auditCount(*m_server, QStringLiteral("auth.sign_in"),
                                  QStringLiteral("clerk"), 0), 1);
    }

    void fiveFailuresInARowLockUntilAnAdministratorUnlocks()
    {
        const QString pass = QStringLiteral("Locky-Pass-2026");
        const qint64 id = test::addStaff(*m_server, QStringLiteral("locky"), pass);
        // A success resets the run: 4 failures, a success, 4 failures do not lock.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(passwordSignIn(QStringLiteral("locky"), QStringLiteral("x")).status, 401);
        QCOMPARE(passwordSignIn(QStringLiteral("locky"), pass).status, 200);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(passwordSignIn(QStringLiteral("locky"), QStringLiteral("x")).status, 401);
        const test::HttpReply fifth = passwordSignIn(QStringLiteral("locky"), QStringLiteral("x"));
        QCOMPARE(fifth.status, 423);
        QCOMPARE(fifth.code(), QString::fromLatin1(api::err::AccountLocked));
        QCOMPARE(passwordSignIn(QStringLiteral("locky"), pass).code(),
                 QString::fromLatin1(api::err::AccountLocked));
        QCOMPARE(test::auditCount(*m_server, QStringLiteral("auth.account_lock"),
                                  QStringLiteral("locky")), 1);

        const QString path = QStringLiteral("/admin/users/%1").arg(id);
        QCOMPARE(call("GET", path, {}, m_admin).json().value("locked").toBool(), true);
        const test::HttpReply unlocked = call("POST", path + "/unlock", {}, m_admin);
        QCOMPARE(unlocked.status, 200);
        QCOMPARE(unlocked.json().value(QStringLiteral("locked")).toBool(), false);
        QCOMPARE(passwordSignIn(QStringLiteral("locky"), pass).status, 200);
        QCOMPARE(test::auditCount(*m_server, QStringLiteral("user.unlock"),
                                  QStringLiteral("admin"), 1), 1);
    }

    void rightsAreTheUnionOfTheUsersGroups()
    {
        const test::HttpReply bad = call("POST", QStringLiteral("/admin/groups"),
                                         {{"name", "誤り"}, {"rights", QJsonArray{"resident:fly"}}},
                                         m_admin);
        QCOMPARE(bad.status, 422);
        const test::HttpReply group = call(
            "POST", QStringLiteral("/admin/groups"),
            {{"name", "税務"}, {"rights", QJsonArray{"resident_tax:view", "resident:view"}}},
            m_admin);
        QCOMPARE(group.status, 201);
        const test::HttpReply user = call(
            "POST", QStringLiteral("/admin/users"),
            {{"loginId", "both"}, {"displayName", "両方 職員"}, {"password", "Both-Pass-2026"},
             {"groupIds", QJsonArray{group.json().value("id"), 2}}},
            m_admin);
        QCOMPARE(user.status, 201);
        const test::HttpReply r = passwordSignIn(QStringLiteral("both"), "Both-Pass-2026");
        QCOMPARE(rightsOf(r), QStringList({"resident:issue", "resident:print", "resident:update",
                                           "resident:view", "resident_tax:view"}));
        // Without admin:administer the administration routes refuse (once the temporary
        // password the administrator set has been replaced).
        const QString token = r.json().value(QStringLiteral("token")).toString();
        QCOMPARE(call("POST", QStringLiteral("/auth/password"),
                      {{"currentPassword", "Both-Pass-2026"}, {"newPassword", "Both-Own-2026x"}},
                      token).status, 204);
        QCOMPARE(call("GET", QStringLiteral("/admin/users"), {}, token).code(),
                 QString::fromLatin1(api::err::Forbidden));
    }

    void disabledAccountIsRefusedAndItsSessionsEnd()
    {
        const QString pass = QStringLiteral("Leaver-Pass-2026");
        const qint64 id = test::addStaff(*m_server, QStringLiteral("leaver"), pass);
        const QString token = test::signIn(*m_server, QStringLiteral("leaver"), pass);
        QCOMPARE(call("GET", QStringLiteral("/auth/me"), {}, token).status, 200);
        const QString path = QStringLiteral("/admin/users/%1").arg(id);
        QCOMPARE(call("POST", path + "/disable", {}, m_admin).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/auth/me"), {}, token).code(),
                 QString::fromLatin1(api::err::SessionExpired));
        const test::HttpReply refused = passwordSignIn(QStringLiteral("leaver"), pass);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.code(), QString::fromLatin1(api::err::AccountDisabled));
        QCOMPARE(call("POST", path + "/enable", {}, m_admin).status, 200);
        QCOMPARE(passwordSignIn(QStringLiteral("leaver"), pass).status, 200);
        QCOMPARE(test::auditCount(*m_server, QStringLiteral("user.disable"), "admin", 1), 1);
    }

    void cardSignInNeedsAnActiveBindingAndThePin()
    {
        const qint64 id = test::addStaff(*m_server, QStringLiteral("cardy"), {},
                                         {QStringLiteral("窓口職員")});
        userAdmin(*m_server).setPin(id, QStringLiteral("1234"));
        const QString path = QStringLiteral("/admin/users/%1").arg(id);
        QCOMPARE(call("POST", path + "/cards", {{"cardId", kCard}}, m_admin).status, 201);

        const test::HttpReply ok = cardSignIn(kCard.toLower(), QStringLiteral("1234"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value("user").toObject().value("loginId").toString(), "cardy");
        QCOMPARE(cardSignIn(kCard, QStringLiteral("9999")).code(),
                 QString::fromLatin1(api::err::InvalidCredentials));
        QCOMPARE(cardSignIn(QStringLiteral("0102030405060708"), QStringLiteral("1234")).code(),
                 QString::fromLatin1(api::err::CardNotBound));
        // One active binding per card.
        const qint64 other = test::addStaff(*m_server, QStringLiteral("other"), {});
        QCOMPARE(call("POST", QStringLiteral("/admin/users/%1/cards").arg(other),
                      {{"cardId", kCard}}, m_admin).code(),
                 QString::fromLatin1(api::err::AlreadyExists));
        QCOMPARE(call("DELETE", path + "/cards/" + kCard, {}, m_admin).status, 200);
        QCOMPARE(cardSignIn(kCard, QStringLiteral("1234")).code(),
                 QString::fromLatin1(api::err::CardNotBound));
        QCOMPARE(test::auditCount(*m_server, QStringLiteral("user.revoke_card"), "admin", 1), 1);
        QCOMPARE(call("POST", path + "/cards", {{"cardId", kCard}}, m_admin).status, 201);
    }

    void revokingACardEndsTheSessionsItOpened()
    {
        const QString pass = QStringLiteral("Cardy-Pass-2026");
        const qint64 id = test::addStaff(*m_server, QStringLiteral("lostcard"), pass,
                                         {QStringLiteral("窓口職員")});
        userAdmin(*m_server).setPin(id, QStringLiteral("1234"));
        const QString path = QStringLiteral("/admin/users/%1").arg(id);
        const QString lost = QStringLiteral("0A0B0C0D0E0F1011");
        QCOMPARE(call("POST", path + "/cards", {{"cardId", lost}}, m_admin).status, 201);
        const QString byCard =
            cardSignIn(lost, QStringLiteral("1234")).json().value("token").toString();
        const QString byPassword = test::signIn(*m_server, QStringLiteral("lostcard"), pass);
        QCOMPARE(call("GET", QStringLiteral("/auth/me"), {}, byCard).status, 200);

        const test::HttpReply revoked = call("DELETE", path + "/cards/" + lost, {}, m_admin);
        QCOMPARE(revoked.status, 200);
        // The card's session ends at once; the same person's password session is not the card's.
        QCOMPARE(call("GET", QStringLiteral("/auth/me"), {}, byCard).code(),
                 QString::fromLatin1(api::err::SessionExpired));
        QCOMPARE(call("GET", QStringLiteral("/auth/me"), {}, byPassword).status, 200);
        QSqlQuery q = store::exec(m_server->app().context().database.connection(),
                                  QStringLiteral("SELECT end_reason FROM sessions "
                                                 "WHERE card_id = ?"), {lost});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("card_revoked"));
    }

    void aChangeWhoseLogEntryCannotBeWrittenIsNotMade()
    {
        const QString pass = QStringLiteral("Kept-Pass-2026");
        const qint64 id = test::addStaff(*m_server, QStringLiteral("kept"), pass);
        const QString token = test::signIn(*m_server, QStringLiteral("kept"), pass);
        // The store refuses the operation log entry of this one kind of change.
        QSqlDatabase db = m_server->app().context().database.connection();
        const bool pg = m_store == test::TestServer::Store::Postgres;
        const QStringList create = pg
            ? QStringList{QStringLiteral(
                  "CREATE FUNCTION refuse_log() RETURNS trigger AS $$ BEGIN "
                  "IF NEW.event = 'user.disable' THEN RAISE EXCEPTION 'log refused'; END IF; "
                  "RETURN NEW; END $$ LANGUAGE plpgsql"),
                          QStringLiteral("CREATE TRIGGER refuse_log BEFORE INSERT ON audit_log "
                                         "FOR EACH ROW EXECUTE FUNCTION refuse_log()")}
            : QStringList{QStringLiteral(
                  "CREATE TRIGGER refuse_log BEFORE INSERT ON audit_log "
                  "WHEN NEW.event = 'user.disable' BEGIN SELECT RAISE(ABORT, 'log refused'); END")};
        for (const QString &sql : create)
            store::exec(db, sql);
        const test::HttpReply r =
            call("POST", QStringLiteral("/admin/users/%1/disable").arg(id), {}, m_admin);
        store::exec(db, pg ? QStringLiteral("DROP TRIGGER refuse_log ON audit_log")
                           : QStringLiteral("DROP TRIGGER refuse_log"));
        if (pg)
            store::exec(db, QStringLiteral("DROP FUNCTION refuse_log()"));

        QCOMPARE(r.code(), QString::fromLatin1(api::err::StoreUnavailable));
        // Not disabled, sessions not ended: the change went back with its entry.
        QCOMPARE(call("GET", QStringLiteral("/auth/me"), {}, token).status, 200);
        QCOMPARE(passwordSignIn(QStringLiteral("kept"), pass).status, 200);
        QCOMPARE(test::auditCount(*m_server, QStringLiteral("user.disable"), "admin", 1), 1);
    }

    void passwordSignInCanBeSwitchedOff()
    {
        QCOMPARE(call("PUT", QStringLiteral("/admin/settings"), {{"passwordSignIn", false}},
                      m_admin).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/auth/options")).json().value("passwordSignIn"),
                 QJsonValue(false));
        const test::HttpReply refused = passwordSignIn(QStringLiteral("clerk"), kClerkPass);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.code(), QString::fromLatin1(api::err::PasswordMethodDisabled));
        QCOMPARE(cardSignIn(kCard, QStringLiteral("1234")).status, 200); // cards still work
        QCOMPARE(call("PUT", QStringLiteral("/admin/settings"), {{"passwordSignIn", true}},
                      m_admin).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/admin/settings"), {}, m_admin)
                     .json().value("passwordSignIn"), QJsonValue(true));
        QCOMPARE(test::auditCount(*m_server, QStringLiteral("settings.update"), "admin", 1), 2);
    }

    void signOutEndsTheSession()
    {
        const QString token = test::signIn(*m_server, QStringLiteral("clerk"), kClerkPass);
        QCOMPARE(call("POST", QStringLiteral("/auth/sign-out"), {}, token).status, 204);
        QCOMPARE(call("GET", QStringLiteral("/auth/me"), {}, token).code(),
                 QString::fromLatin1(api::err::SessionExpired));
        QCOMPARE(test::auditCount(*m_server, QStringLiteral("auth.sign_out"), "clerk", 1), 1);
    }

    void staffChangeTheirOwnPassword()
    {
        const QString token = test::signIn(*m_server, QStringLiteral("clerk"), kClerkPass);
        const QString path = QStringLiteral("/auth/password");
        QCOMPARE(call("POST", path, {{"currentPassword", "wrong-Pass-1"},
                                     {"newPassword", "Clerk-Next-2026"}}, token).status, 422);
        const test::HttpReply weak = call("POST", path, {{"currentPassword", kClerkPass},
                                                         {"newPassword", "short"}}, token);
        QCOMPARE(weak.code(), QString::fromLatin1(api::err::PasswordPolicy));
        QVERIFY(weak.json().value(QStringLiteral("detail")).toString().contains("10 文字以上"));
        QCOMPARE(call("POST", path, {{"currentPassword", kClerkPass},
                                     {"newPassword", "Clerk-Next-2026"}}, token).status, 204);
        const test::HttpReply r = passwordSignIn(QStringLiteral("clerk"), "Clerk-Next-2026");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value("user").toObject().value("mustChangePassword").toBool());
    }

    void staleVersionIsAConflict()
    {
        const test::HttpReply list = call("GET", QStringLiteral("/admin/users"), {}, m_admin);
        QCOMPARE(list.status, 200);
        QJsonObject clerk;
        for (const QJsonValue &u : list.json().value("users").toArray()) {
            if (u.toObject().value("loginId").toString() == QLatin1String("clerk"))
                clerk = u.toObject();
        }
        QVERIFY(!clerk.isEmpty());
        const QString path = QStringLiteral("/admin/users/%1").arg(clerk.value("id").toInteger());
        const QJsonObject edit{{"displayName", "窓口 次郎"}, {"groupIds", clerk.value("groupIds")},
                               {"version", clerk.value("version")}};
        const test::HttpReply first = call("PUT", path, edit, m_admin);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value("version").toInt(), clerk.value("version").toInt() + 1);
        const test::HttpReply second = call("PUT", path, edit, m_admin);
        QCOMPARE(second.status, 409);
        QCOMPARE(second.code(), QString::fromLatin1(api::err::Conflict));

        const QJsonObject group =
            call("GET", QStringLiteral("/admin/groups"), {}, m_admin).json().value("groups")
                .toArray().first().toObject();
        const QString gpath =
            QStringLiteral("/admin/groups/%1").arg(group.value("id").toInteger());
        QJsonObject gedit = group;
        QCOMPARE(call("PUT", gpath, gedit, m_admin).status, 200);
        QCOMPARE(call("PUT", gpath, gedit, m_admin).code(),
                 QString::fromLatin1(api::err::Conflict));
        QCOMPARE(test::auditCount(*m_server, QStringLiteral("group.update"), "admin", 0), 1);
    }

    // The clock moves from here on: the tests below end every session they find.
    void idleSessionExpires()
    {
        const QString token = test::signIn(*m_server, QStringLiteral("admin"), kAdminPass);
        m_server->clock().advance(29 * 60);
        QCOMPARE(call("GET", QStringLiteral("/auth/me"), {}, token).status, 200);
        m_server->clock().advance(29 * 60); // used 29 minutes ago: still alive
        QCOMPARE(call("GET", QStringLiteral("/auth/me"), {}, token).status, 200);
        m_server->clock().advance(31 * 60);
        const test::HttpReply r = call("GET", QStringLiteral("/auth/me"), {}, token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::SessionExpired));
        QVERIFY(test::auditCount(*m_server, QStringLiteral("auth.session_expired"), "admin", 1)
                >= 1);
    }

    void sessionEndsAfterItsLifetimeEvenWhenInUse()
    {
        const QString token = test::signIn(*m_server, QStringLiteral("admin"), kAdminPass);
        for (int i = 0; i < 23; ++i) { // 23 × 25 min = 9 h 35 min, used all along
            m_server->clock().advance(25 * 60);
            QCOMPARE(call("GET", QStringLiteral("/auth/me"), {}, token).status, 200);
        }
        m_server->clock().advance(26 * 60); // 10 h 1 min
        QCOMPARE(call("GET", QStringLiteral("/auth/me"), {}, token).code(),
                 QString::fromLatin1(api::err::SessionExpired));
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<SignInTest>(argc, argv);
}

#include "signin_test.moc"
