// The HTTPS listener over real TLS on loopback: health without sign-in, TLS 1.0/1.1 refused,
// problem+json for unknown paths and methods, the body size limit, graceful stop.
#include "shared/api/errorcode.h"
#include "tests/shared/tabletest.h"
#include "tests/support/testserver.h"

#include "server/http/httpsserver.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include <thread>

using namespace kikan;

// A listener on a free port with fresh TLS material in dir (for tests with their own router).
http::ListenConfig listenWithTls(const QString &dir)
{
    http::ListenConfig listen;
    listen.port = 0;
    test::makeTlsMaterial(dir);
    listen.certificateFile = dir + QStringLiteral("/server.crt");
    listen.privateKeyFile = dir + QStringLiteral("/server.key");
    return listen;
}

class HttpsServerTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_server = std::make_unique<test::TestServer>(); }
    void cleanupTestCase() { m_server.reset(); }

    void healthAnswersWithoutSignIn()
    {
        const test::HttpReply r = m_server->client().get(QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("ok"));
        QCOMPARE(r.json().value("store").toString(), QStringLiteral("sqlite"));
        QVERIFY(r.json().value("schemaVersion").toInt() > 0);
        QCOMPARE(r.headers.value("cache-control"), QByteArray("no-store"));
        QVERIFY(!r.headers.value("x-request-id").isEmpty());
    }

    void oldTlsVersionsAreRefused_data()
    {
        kikan::test::addColumns<QString, bool>({"flag", "accepted"});
        QTest::newRow("TLS 1.0") << "-tls1" << false;
        QTest::newRow("TLS 1.1") << "-tls1_1" << false;
        QTest::newRow("TLS 1.2") << "-tls1_2" << true;
        QTest::newRow("TLS 1.3") << "-tls1_3" << true;
    }
    void oldTlsVersionsAreRefused()
    {
        QFETCH(QString, flag);
        QFETCH(bool, accepted);
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        // @SECLEVEL=0 lets the client offer old protocols at all; the server must still refuse.
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("s_client"), QStringLiteral("-connect"),
                 QStringLiteral("127.0.0.1:%1").arg(m_server->port()), flag,
                 QStringLiteral("-cipher"), QStringLiteral("DEFAULT:@SECLEVEL=0")});
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromLocal8Bit(p.readAll());
        const bool negotiated = out.contains(QRegularExpression(QStringLiteral("Cipher is [A-Z]")))
                                && !out.contains(QStringLiteral("Cipher is (NONE)"));
        QVERIFY2(negotiated == accepted, qPrintable(out.left(2000)));
    }

    void unknownPathIsProblemJson()
    {
        const test::HttpReply r = m_server->client().get(QStringLiteral("/api/v1/no-such-thing"));
        QCOMPARE(r.status, 404);
        QVERIFY(r.contentType.startsWith("application/problem+json"));
        QCOMPARE(r.code(), QString::fromLatin1(api::err::NotFound));
        QVERIFY(!r.json().value("title").toString().isEmpty());
        QCOMPARE(r.json().value("instance").toString(), QStringLiteral("/api/v1/no-such-thing"));
    }

    void wrongMethodIs405()
    {
        const test::HttpReply r =
            m_server->client().request("DELETE", QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::MethodNotAllowed));
    }

    void oversizedBodyIsRefused()
    {
        // Refused on the declared length alone, before any of the body is read.
        const test::HttpReply r = m_server->client().request(
            "POST", QStringLiteral("/api/v1/health"), "{}", {}, "application/json",
            2 * 1024 * 1024);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::BodyTooLarge));
    }

    void aRouteMayTakeALargerBodyOnlyFromAnAuthorisedCaller()
    {
        // One route accepts 4 MiB where the server accepts 1 MiB, but only once the caller is
        // known and holds the route's right: nobody unauthorised makes the server read more.
        struct TokenAuthenticator : http::Authenticator {
            std::optional<http::Principal> authenticate(const http::Request &request) override
            {
                const QByteArray h = request.header("authorization");
                if (h.isEmpty())
                    return std::nullopt;
                http::Principal p;
                p.loginId = QStringLiteral("tester");
                if (h == "Bearer importer")
                    p.rights.insert(QStringLiteral("migration:update"));
                return p;
            }
        } authenticator;
        http::Router router;
        http::Route upload{QStringLiteral("POST"), QStringLiteral("/api/v1/upload"),
                           http::Access::right(QStringLiteral("migration"),
                                               QStringLiteral("update")),
                           QStringLiteral("test.upload"), [](http::Request &request) {
                               return http::Response::json(
                                   QJsonObject{{"bytes", double(request.body.size())}});
                           }};
        upload.maxBodyBytes = 4 * 1024 * 1024;
        router.add(upload);
        http::Dispatcher dispatcher(router, &authenticator, nullptr);
        QTemporaryDir dir;
        http::ListenConfig listen = listenWithTls(dir.path());
        listen.maxBodyBytes = 1024 * 1024;
        http::HttpsServer server(listen, dispatcher);
        server.start();
        test::HttpsClient client(server.port(), dir.path() + QStringLiteral("/ca.crt"));
        const QString path = QStringLiteral("/api/v1/upload");
        const QByteArray twoMiB(2 * 1024 * 1024, 'x');

        const test::HttpReply ok = client.request("POST", path, twoMiB, QStringLiteral("importer"),
                                                  "text/csv");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value("bytes").toInt(), twoMiB.size());
        // Refused on the declared length, before any of the body is read.
        QCOMPARE(client.request("POST", path, "x", {}, "text/csv", twoMiB.size()).status, 413);
        QCOMPARE(client.request("POST", path, "x", QStringLiteral("clerk"), "text/csv",
                                twoMiB.size()).status, 413);
        QCOMPARE(client.request("POST", path, "x", QStringLiteral("importer"), "text/csv",
                                5 * 1024 * 1024).status, 413);
        // Under the server's limit the usual answers apply.
        QCOMPARE(client.request("POST", path, "x", {}, "text/csv").status, 401);
        QCOMPARE(client.request("POST", path, "x", QStringLiteral("clerk"), "text/csv").status,
                 403);
        server.stop(5);
    }

    void gracefulStopLetsInFlightRequestFinish()
    {
        // A slow handler is in flight when stop() is called: it completes with its full answer,
        // and the listener accepts nothing new afterwards.
        http::Router router;
        router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/slow"),
                    http::Access::publicRoute(), QStringLiteral("test.slow"),
                    [](http::Request &) {
                        QThread::msleep(700);
                        return http::Response::json(QJsonObject{{"done", true}});
                    }});
        http::Dispatcher dispatcher(router, nullptr, nullptr);
        QTemporaryDir dir;
        http::HttpsServer server(listenWithTls(dir.path()), dispatcher);
        server.start();
        const int port = server.port();
        test::HttpReply reply;
        std::thread caller([&] {
            reply = test::HttpsClient(port, dir.path() + QStringLiteral("/ca.crt"))
                        .get(QStringLiteral("/api/v1/slow"));
        });
        QThread::msleep(300); // the request is being handled now
        server.stop(10);
        caller.join();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("done").toBool(), true);
        bool refused = false;
        try {
            test::HttpsClient(port, dir.path() + QStringLiteral("/ca.crt"))
                .get(QStringLiteral("/api/v1/slow"));
        } catch (const std::exception &) {
            refused = true;
        }
        QVERIFY(refused);
    }

private:
    std::unique_ptr<test::TestServer> m_server;
};

QTEST_GUILESS_MAIN(HttpsServerTest)
#include "httpsserver_test.moc"
