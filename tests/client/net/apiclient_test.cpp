// ApiClient against a real in-process kikan server over HTTPS: health through the pinned CA, a
// problem+json error shown with its Japanese title, the unreachable/TLS messages, and an expired
// session answered by signing in again and retrying the held request; a change carries an
// Idempotency-Key and is sent again with it when the server could not be reached.
#include "client/app/clientsettings.h"
#include "client/net/apiclient.h"
#include "shared/api/endpoints.h"
#include "shared/api/errorcode.h"
#include "tests/support/servercontrol.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QTest>

using namespace kikan;
using kikan::client::ApiClient;
using kikan::client::ApiError;
using kikan::client::ApiReply;
using kikan::client::ApiResult;

namespace {
// Waits for the reply and copies its result out (the reply deletes itself afterwards).
ApiResult waitFor(ApiReply *reply)
{
    ApiResult out;
    bool done = false;
    QObject::connect(reply, &ApiReply::finished, [&] {
        out = reply->result();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qWarning("request did not finish");
    return out;
}

QUrl urlOf(int port)
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
}

// A TCP relay to the test server (the network between a counter and the server): bytes pass
// both ways unchanged; while it does not listen, connections are refused.
class Relay : public QTcpServer
{
public:
    explicit Relay(int target) : m_target(target)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *in = nextPendingConnection()) {
                auto *out = new QTcpSocket(in);
                connect(in, &QTcpSocket::readyRead, out, [in, out] { out->write(in->readAll()); });
                connect(out, &QTcpSocket::readyRead, in, [in, out] { in->write(out->readAll()); });
                connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
                connect(in, &QTcpSocket::disconnected, in, &QObject::deleteLater);
                out->connectToHost(QHostAddress::LocalHost, quint16(m_target));
            }
        });
    }

private:
    int m_target;
};
} // namespace

class ApiClientTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(client::installLanguage(QStringLiteral("ja")));
        m_server = std::make_unique<test::TestServer>();
    }
    void cleanupTestCase() { m_server.reset(); }

    void healthOverPinnedCa()
    {
        ApiClient api;
        QCOMPARE(api.setServer(urlOf(m_server->port()), m_server->caFile()), QString());
        const ApiResult r = waitFor(api.get(QString::fromLatin1(api::path::Health)));
        QVERIFY2(r.ok(), qPrintable(r.error.title + r.error.technical));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("ok"));
    }

    void problemJsonGivesJapaneseTitle()
    {
        ApiClient api;
        api.setServer(urlOf(m_server->port()), m_server->caFile());
        const ApiResult r = waitFor(api.get(QStringLiteral("/api/v1/no-such-thing")));
        QCOMPARE(r.error.kind, ApiError::Kind::Api);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.error.code, QString::fromLatin1(api::err::NotFound));
        QCOMPARE(r.error.title, QStringLiteral("指定されたものが見つかりません。"));
        QVERIFY(!r.error.requestId.isEmpty());
    }

    void validationFieldsAreReadPerField()
    {
        // The server's 422 lists fields as [{field, message}] (server/http/apierror.cpp).
        const QByteArray body = R"({"code":"request.validation","title":"t","status":422,
            "fields":[{"field":"loginId","message":"入力してください。"},
                      {"field":"password","message":"短すぎます。"}]})";
        const ApiError e = ApiError::fromProblem(422, body);
        QCOMPARE(e.code, QStringLiteral("request.validation"));
        QCOMPARE(e.fields.value("loginId").toString(), QStringLiteral("入力してください。"));
        QCOMPARE(e.fields.value("password").toString(), QStringLiteral("短すぎます。"));
    }

    void unreachableServerHasClearMessage()
    {
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int port = probe.serverPort();
        probe.close();
        ApiClient api;
        api.setServer(urlOf(port), m_server->caFile());
        const ApiResult r = waitFor(api.get(QString::fromLatin1(api::path::Health)));
        QCOMPARE(r.error.kind, ApiError::Kind::Unreachable);
        QVERIFY(r.error.isUnreachable());
        QCOMPARE(r.error.title, QStringLiteral("サーバーに接続できません。ネットワークとサーバーの"
                                               "状態を確認してください。"));
    }

    void serverSignedByAnotherCaIsRefused()
    {
        QTemporaryDir other;
        test::makeTlsMaterial(other.path());
        ApiClient api;
        api.setServer(urlOf(m_server->port()), other.path() + QStringLiteral("/ca.crt"));
        const ApiResult r = waitFor(api.get(QString::fromLatin1(api::path::Health)));
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        QVERIFY(r.error.title.contains(QStringLiteral("証明書")));
    }

    void settingsAreChecked()
    {
        ApiClient api;
        QVERIFY(!api.setServer(QUrl(QStringLiteral("http://127.0.0.1:1")), {}).isEmpty());
        QVERIFY(!api.setServer(urlOf(1), QStringLiteral("/no/such/ca.crt")).isEmpty());
        const ApiResult r = waitFor(api.get(QString::fromLatin1(api::path::Health)));
        QVERIFY(r.error.isUnreachable()); // no server set: nothing is sent
    }

    void expiredSessionSignsInAgainAndRetries()
    {
        test::addStaff(*m_server, QStringLiteral("kanri01"), QStringLiteral("Kikan-Test-2026!"),
                       {QStringLiteral("システム管理者")});
        ApiClient api;
        api.setServer(urlOf(m_server->port()), m_server->caFile());
        QSignalSpy expired(&api, &ApiClient::sessionExpired);
        ApiResult r = waitFor(api.signIn(QStringLiteral("kanri01"),
                                         QStringLiteral("Kikan-Test-2026!")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QVERIFY(api.isSignedIn());
        QVERIFY(api.idleTimeoutSeconds() > 0);

        m_server->clock().advance(api.idleTimeoutSeconds() + 60);
        ApiReply *held = api.get(QString::fromLatin1(api::path::Me));
        bool finished = false;
        ApiResult heldResult;
        connect(held, &ApiReply::finished, this, [&] {
            finished = true;
            heldResult = held->result();
        });
        QVERIFY(expired.wait(30000));
        QCOMPARE(expired.first().first().value<ApiError>().code,
                 QString::fromLatin1(api::err::SessionExpired));
        QVERIFY(!finished); // held, not failed: the screen waits
        QCOMPARE(api.heldRequests(), 1);

        r = waitFor(api.signIn(QStringLiteral("kanri01"), QStringLiteral("Kikan-Test-2026!")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 30000));
        QVERIFY2(heldResult.ok(), qPrintable(heldResult.error.message()));
        QCOMPARE(heldResult.json().value("user").toObject().value("loginId").toString(),
                 QStringLiteral("kanri01"));
        QCOMPARE(expired.count(), 1);
    }

    void changeIsSentAgainWithItsKeyWhenTheServerWasUnreachable()
    {
        test::addStaff(*m_server, QStringLiteral("kanri02"), QStringLiteral("Kikan-Test-2026!"),
                       {QStringLiteral("システム管理者")});
        const test::HttpReply in = m_server->client().post(
            QString::fromLatin1(api::path::SignInPassword),
            {{"loginId", "kanri02"}, {"password", "Kikan-Test-2026!"}});
        QCOMPARE(in.status, 200);
        // The same session through a relay that is not there yet: the first attempt is refused.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        Relay relay(m_server->port());
        ApiClient api;
        api.setServer(urlOf(port), m_server->caFile());
        api.setSession(in.json().value("token").toString().toUtf8(),
                       client::StaffUser::fromJson(in.json().value("user").toObject()));
        ApiReply *reply = api.post(QStringLiteral("/api/v1/admin/users"),
                                   {{"loginId", "retried01"}, {"displayName", "再送 一郎"},
                                    {"password", "Retried-Pass-2026!"}});
        const QByteArray key = reply->requestKey();
        QCOMPARE(key.size(), 36); // a UUID
        QTimer::singleShot(200, &relay, [&] { QVERIFY(relay.listen(QHostAddress::LocalHost, port)); });
        int attempts = 0;
        connect(reply, &ApiReply::finished, this, [&] { attempts = reply->attempts(); });
        const ApiResult r = waitFor(reply);
        QVERIFY2(r.ok(), qPrintable(r.error.message() + r.error.technical));
        QCOMPARE(r.status, 201);
        QVERIFY(attempts >= 2);
        const QList<QVariantList> rows = test::queryRows(
            *m_server,
            QStringLiteral("SELECT COUNT(*) FROM request_journal WHERE request_key = ? AND "
                           "status = 201"),
            {QString::fromLatin1(key)});
        QCOMPARE(rows.value(0).value(0).toInt(), 1);
        // Reads and sign-in carry no key.
        QVERIFY(api.get(QString::fromLatin1(api::path::Health))->requestKey().isEmpty());
    }

private:
    std::unique_ptr<test::TestServer> m_server;
};

QTEST_MAIN(ApiClientTest)
#include "apiclient_test.moc"
