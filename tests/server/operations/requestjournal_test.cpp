// Request ids of changes over real HTTPS on SQLite and PostgreSQL (server/operations/
// requestjournal.h; docs/operations.md "Request ids"): a 転入 and a certificate sent twice with one
// Idempotency-Key are applied once and answered twice alike; the same key with another body or
// another user is refused; two copies sent at once apply once; refused input is answered alike.
// Beside it, the platform's parts of 二重化: /api/v1/health names the store's role and host, a
// broken PostgreSQL connection is answered 503 and opened again, and X-Forwarded-For is believed
// from a trusted proxy only.
#include "server/core/failure.h"
#include "server/operations/requestjournal.h"
#include "server/store/database.h"
#include "shared/api/errorcode.h"
#include "shared/api/operations/errors.h"
#include "tests/server/resident/residenttestkit.h"
#include "tests/support/bothstores.h"

#include <QGuiApplication>

#include <future>

using namespace kikan;
using namespace Qt::Literals::StringLiterals;

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }
using Headers = QList<QPair<QByteArray, QByteArray>>;
Headers keyed(const QByteArray &key) { return {{"Idempotency-Key", key}}; }
// The code of the core::Failure a call throws, or "" when it does not.
template <class Call>
QString codeOf(Call call)
{
    try {
        call();
    } catch (const core::Failure &f) {
        return f.code();
    }
    return {};
}
} // namespace

class RequestJournalTest : public QObject
{
    Q_OBJECT
public:
    explicit RequestJournalTest(test::TestServer::Store store) : m_store(store) {}

private:
    test::TestServer::Store m_store;
    std::unique_ptr<test::TestServer> m_server;
    QString m_clerk, m_other;
    int m_serial = 0;

    test::HttpReply post(const QString &path, const QJsonObject &body, const QString &token,
                         const Headers &headers)
    {
        return m_server->client().request("POST", path,
                                          QJsonDocument(body).toJson(QJsonDocument::Compact),
                                          token, "application/json", -1, headers);
    }
    // A 転入 of one new person (a name of its own each time).
    QJsonObject moveIn(const QString &given)
    {
        return {{"effectiveDate", "2025-05-20"}, {"notifiedDate", "2025-05-20"},
                {"address", test::address("0001", s("１丁目") + QString::number(++m_serial)
                                                      + s("番地"))},
                {"previousAddress", s("東京都千代田区霞が関二丁目1番2号")},
                {"persons", QJsonArray{test::person(s("冗長"), given, s("ジョウチョウ"),
                                                    s("タロウ"), "1980-01-02", "1", "02")}}};
    }
    int scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q = store::exec(m_server->app().context().database.connection(), sql, values);
        q.next();
        return q.value(0).toInt();
    }
    int changes() { return scalar(u"SELECT COUNT(*) FROM resident_changes"_s); }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>(
            m_store, QHash<QString, QVariant>{{u"server/trusted_proxies"_s, u"127.0.0.1"_s}});
        test::setClock(*m_server, QDateTime(QDate(2025, 6, 2), QTime(1, 0), Qt::UTC));
        const QString pass = u"Clerk-Pass-2026"_s;
        test::addStaff(*m_server, u"clerk"_s, pass, {s("窓口職員")});
        test::addStaff(*m_server, u"clerk2"_s, pass, {s("窓口職員")});
        m_clerk = test::signIn(*m_server, u"clerk"_s, pass);
        m_other = test::signIn(*m_server, u"clerk2"_s, pass);
        QVERIFY(!m_clerk.isEmpty() && !m_other.isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void sameKeyTwiceAppliesOnceAndAnswersAlike()
    {
        const QString path = u"/api/v1/resident/changes/move-in"_s;
        const QJsonObject body = moveIn(s("一郎"));
        const int before = changes();
        const test::HttpReply first = post(path, body, m_clerk, keyed("6f1c2a7e-0001-4a51-9b1e-1"));
        QCOMPARE(first.status, 201);
        const test::HttpReply again = post(path, body, m_clerk, keyed("6f1c2a7e-0001-4a51-9b1e-1"));
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(changes(), before + 1);
        // Without a key the same body is a second 転入 (the client always sends one).
        QCOMPARE(post(path, moveIn(s("一郎")), m_clerk, {}).status, 201);
        QCOMPARE(changes(), before + 2);
    }

    void sameKeyWithAnotherBodyOrUserIsRefused()
    {
        const QString path = u"/api/v1/resident/changes/move-in"_s;
        QCOMPARE(post(path, moveIn(s("二郎")), m_clerk, keyed("key-reused-0002")).status, 201);
        const int before = changes();
        test::HttpReply r = post(path, moveIn(s("三郎")), m_clerk, keyed("key-reused-0002"));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::IdempotencyKeyReused));
        QVERIFY(r.json().value("title").toString().contains(s("別の内容")));
        r = post(path, moveIn(s("二郎")), m_other, keyed("key-reused-0002"));
        QCOMPARE(r.code(), QString::fromLatin1(api::err::IdempotencyKeyReused));
        QCOMPARE(changes(), before);
        r = post(path, moveIn(s("四郎")), m_clerk, keyed("bad key!"));
        QCOMPARE(r.code(), QString::fromLatin1(api::err::IdempotencyKeyInvalid));
        QCOMPARE(changes(), before);
    }

    // The journal itself on plain types (requestjournal.h): a key claimed by a committed
    // transaction, its answer recorded and found again; the key with another fingerprint or user
    // refused; a key applied but never answered is in progress, then lost.
    void theJournalKeepsKeysAndAnswers()
    {
        store::Database &database = m_server->app().context().database;
        operations::RequestJournal journal(database, m_server->clock());
        QVERIFY(operations::RequestJournal::isValidKey(u"6f1c2a7e-9b1e-4a51"_s));
        QVERIFY(!operations::RequestJournal::isValidKey(u"short"_s));
        QVERIFY(!operations::RequestJournal::isValidKey(u"with space-0001"_s));
        const QString print = operations::RequestJournal::fingerprint(u"POST"_s, u"/a?"_s, "{}");
        QCOMPARE(print.size(), 64);
        QVERIFY(print != operations::RequestJournal::fingerprint(u"POST"_s, u"/a?"_s, "{ }"));

        const operations::JournalEntry entry = journal.entry(u"plain-0001-key"_s, 41, print);
        QVERIFY(!journal.earlierAnswer(entry));
        bool applied = false;
        {
            operations::RequestJournal::Claim claim(entry);
            store::Transaction tx(database);
            tx.commit();
            applied = claim.applied();
        }
        QVERIFY(applied);
        QCOMPARE(codeOf([&] { journal.earlierAnswer(entry); }),
                 QString::fromLatin1(api::err::IdempotencyInProgress));
        journal.record(entry, {201, "application/json", {{"Location", "/a/1"}}, "{\"id\":1}"}, true);
        const auto answer = journal.earlierAnswer(entry);
        QVERIFY(answer);
        QCOMPARE(answer->status, 201);
        QCOMPARE(answer->body, QByteArray("{\"id\":1}"));
        QCOMPARE(answer->headers.value(0).second, QByteArray("/a/1"));
        operations::JournalEntry other = entry;
        other.fingerprint = operations::RequestJournal::fingerprint(u"POST"_s, u"/b?"_s, "{}");
        QCOMPARE(codeOf([&] { journal.earlierAnswer(other); }),
                 QString::fromLatin1(api::err::IdempotencyKeyReused));
        other = entry;
        other.userId = 42;
        QCOMPARE(codeOf([&] { journal.earlierAnswer(other); }),
                 QString::fromLatin1(api::err::IdempotencyKeyReused));

        // Applied, and the server stopped before the answer: in progress, after 30 s lost.
        const operations::JournalEntry unanswered = journal.entry(u"plain-0002-key"_s, 41, print);
        {
            operations::RequestJournal::Claim claim(unanswered);
            store::Transaction(database).commit();
        }
        QCOMPARE(codeOf([&] { journal.earlierAnswer(unanswered); }),
                 QString::fromLatin1(api::err::IdempotencyInProgress));
        m_server->clock().advance(31);
        QCOMPARE(codeOf([&] { journal.earlierAnswer(unanswered); }),
                 QString::fromLatin1(api::err::IdempotencyAnswerLost));
    }

    void certificateTwiceIsOneIssueWithTheSamePdf()
    {
        const test::HttpReply in = post(u"/api/v1/resident/changes/move-in"_s, moveIn(s("五郎")),
                                        m_clerk, {});
        QCOMPARE(in.status, 201);
        const QJsonObject body{{"kind", "individual"},
                               {"partyNo", in.json()[u"partyNos"_s][0].toInteger()},
                               {"requester", QJsonObject{{"relation", "self"}}}};
        const int before = scalar(u"SELECT COUNT(*) FROM certificate_issues"_s);
        const QString path = u"/api/v1/resident/certificates"_s;
        const test::HttpReply first = post(path, body, m_clerk, keyed("cert-0003-aaaa"));
        QCOMPARE(first.status, 200);
        QVERIFY(first.body.startsWith("%PDF"));
        const test::HttpReply again = post(path, body, m_clerk, keyed("cert-0003-aaaa"));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.headers.value("x-kikan-certificate-serial"),
                 first.headers.value("x-kikan-certificate-serial"));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM certificate_issues"_s), before + 1);
    }

    void refusedInputIsAnsweredAlike()
    {
        QJsonObject body = moveIn(s("六郎"));
        body.remove("effectiveDate");
        const int before = changes();
        const test::HttpReply first = post(u"/api/v1/resident/changes/move-in"_s, body, m_clerk,
                                           keyed("refused-0004"));
        QCOMPARE(first.status, 422);
        const test::HttpReply again = post(u"/api/v1/resident/changes/move-in"_s, body, m_clerk,
                                           keyed("refused-0004"));
        QCOMPARE(again.status, 422);
        QCOMPARE(again.body, first.body);
        QCOMPARE(changes(), before);
    }

    void twoCopiesAtOnceApplyOnce()
    {
        const QJsonObject body = moveIn(s("七郎"));
        const int before = changes();
        std::vector<std::future<test::HttpReply>> sent;
        for (int i = 0; i < 4; ++i)
            sent.push_back(std::async(std::launch::async, [&] {
                return post(u"/api/v1/resident/changes/move-in"_s, body, m_clerk,
                            keyed("at-once-0005"));
            }));
        int created = 0;
        for (std::future<test::HttpReply> &f : sent) {
            const test::HttpReply r = f.get();
            QVERIFY2(r.status == 201 || r.code() == QLatin1String(api::err::IdempotencyInProgress),
                     r.body.constData());
            created += r.status == 201;
        }
        QVERIFY(created >= 1);
        QCOMPARE(changes(), before + 1);
    }

    void healthNamesTheStoreRoleAndHost()
    {
        const QJsonObject h = m_server->client().get(u"/api/v1/health"_s).json();
        const bool pg = m_store == test::TestServer::Store::Postgres;
        QCOMPARE(h.value("storeRole").toString(), pg ? u"primary"_s : u"sqlite"_s);
        QVERIFY(!h.value("storeHost").toString().isEmpty());
    }

    void forwardedForIsBelievedFromTrustedProxiesOnly()
    {
        // 127.0.0.1 is configured as a trusted proxy here: its header names the client; the
        // left-most entry is the client's own claim and is not believed.
        const Headers forwarded{{"X-Forwarded-For", "198.51.100.9, 203.0.113.7"}};
        m_server->client().request("GET", u"/api/v1/me"_s, {}, m_clerk, "application/json", -1,
                                   forwarded);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE client_address = '203.0.113.7'"_s), 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE client_address = '198.51.100.9'"_s), 0);
    }

    void brokenConnectionAnswers503AndReconnects()
    {
        if (m_store != test::TestServer::Store::Postgres)
            QSKIP("PostgreSQL only");
        store::Database killer(m_server->app().context().database.config());
        store::exec(killer.connection(),
                    u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                    "datname = current_database() AND pid <> pg_backend_pid()"_s);
        int failed = 0, okInARow = 0;
        for (int i = 0; i < 200 && okInARow < 20; ++i) {
            const test::HttpReply r = m_server->client().get(u"/api/v1/health"_s);
            if (r.status == 503) {
                QCOMPARE(r.code(), QString::fromLatin1(api::err::StoreUnavailable));
                QVERIFY(r.json().value("title").toString().contains(s("データベース")));
                ++failed;
                okInARow = 0;
            } else {
                QCOMPARE(r.status, 200);
                ++okInARow;
            }
        }
        QCOMPARE(okInARow, 20);
        QVERIFY(failed <= 8); // at most once per worker thread (8 in the test server)
    }

    void severalHostsReachTheOneThatAcceptsWrites()
    {
        if (m_store != test::TestServer::Store::Postgres)
            QSKIP("PostgreSQL only");
        store::StoreConfig config = m_server->app().context().database.config();
        const QString reachable = u"%1:%2"_s.arg(config.host).arg(config.port);
        config.ports = u"%1,%2"_s.arg(config.port).arg(config.port);
        config.host = u"/nonexistent-kikan-socket-dir,"_s + config.host;
        store::Database several(config);
        QSqlQuery q = store::exec(several.connection(), u"SELECT 1"_s);
        QVERIFY(q.next());
        const store::Database::ServerRole role = several.serverRole();
        QCOMPARE(role.role, u"primary"_s);
        QCOMPARE(role.host, reachable);
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<RequestJournalTest, QGuiApplication>(argc, argv);
}

#include "requestjournal_test.moc"
