// The Windows build's TestServer (KIKAN_REMOTE_TEST_SERVER): the client's tests run under wine
// and their server is a real kikan-server started for them by kikan-test-host on the Linux side
// (testhost.cpp), reached through KIKAN_TEST_HOST (host:port). The same calls as the in-process
// TestServer that the client's tests use; its files are read through wine's Z: drive.
#pragma once

#include "httpreply.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QVariant>

namespace kikan::test {

class TestServer;

// The server's clock, moved through the host.
class RemoteClock
{
public:
    explicit RemoteClock(TestServer &server) : m_server(server) {}
    QDateTime now() const;
    void advance(qint64 seconds);

private:
    TestServer &m_server;
};

// HTTPS calls the test itself makes (setting data up, checking it): sent by the host with the
// same client as on Linux. The client under test (ApiClient) speaks to the server directly.
class HttpsClient
{
public:
    explicit HttpsClient(const TestServer &server) : m_server(server) {}
    HttpReply request(const QByteArray &method, const QString &pathAndQuery,
                      const QByteArray &body = {}, const QString &token = {},
                      const QByteArray &contentType = "application/json",
                      qint64 declaredLength = -1,
                      const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply get(const QString &path, const QString &token = {})
    {
        return request("GET", path, {}, token);
    }
    HttpReply post(const QString &path, const QJsonObject &body, const QString &token = {});

private:
    const TestServer &m_server;
};

class TestServer
{
public:
    enum class Store { Sqlite, Postgres };
    explicit TestServer(Store store = Store::Sqlite, QHash<QString, QVariant> settings = {});
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    RemoteClock &clock() { return m_clock; }
    int port() const { return m_port; }
    QString caFile() const { return m_caFile; }
    QString dataDir() const { return m_dataDir; }
    HttpsClient client() const { return HttpsClient(*this); }

    // One request to the host about this server ({"op": …}); the answer, or a fatal error.
    QJsonObject call(const QString &op, QJsonObject args = {}) const;

private:
    int m_id = 0;
    int m_port = 0;
    QString m_caFile;
    QString m_dataDir;
    RemoteClock m_clock{*this};
};

// Writes TLS material (CA + server certificate, also for `extraHost` when given) into dir: made
// by the host with scripts/make-tls.sh and copied here.
void makeTlsMaterial(const QString &dir, const QString &extraHost = {});

// A path of the Linux side as this program opens it under wine (the Z: drive is /).
QString hostPath(const QString &linuxPath);

} // namespace kikan::test
