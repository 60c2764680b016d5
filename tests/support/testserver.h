// A real kikan-server in the test process: temporary data folder, locally generated CA and server
// certificate, SQLite file (or a throwaway PostgreSQL), HTTPS on a free loopback port.
// servercontrol.h: what tests do to it besides HTTP (staff, clock, reading the store).
#pragma once

#ifdef KIKAN_REMOTE_TEST_SERVER // the Windows build: the server runs in kikan-test-host on Linux
#include "remotetestserver.h"
#else

#include "httpreply.h"
#include "server/app/application.h"
#include "server/core/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace kikan::test {

class PgCluster;

// A minimal HTTPS client for tests that verifies the server against the test CA.
class HttpsClient
{
public:
    HttpsClient(int port, const QString &caFile);
    HttpReply request(const QByteArray &method, const QString &pathAndQuery,
                      const QByteArray &body = {}, const QString &token = {},
                      const QByteArray &contentType = "application/json",
                      qint64 declaredLength = -1, // a Content-Length other than body's size
                      const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply get(const QString &path, const QString &token = {})
    {
        return request("GET", path, {}, token);
    }
    HttpReply post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }

private:
    int m_port;
    QString m_caFile;
};

class TestServer
{
public:
    enum class Store { Sqlite, Postgres };
    // Starts the server; extra "section/key" settings are applied to the configuration.
    explicit TestServer(Store store = Store::Sqlite, QHash<QString, QVariant> settings = {});
    // The same with modules of the test's own after the server's (a skeleton area).
    TestServer(Store store, QHash<QString, QVariant> settings,
               std::vector<std::unique_ptr<module::Module>> extraModules);
    ~TestServer();

    app::Application &app() { return *m_app; }
    core::ManualClock &clock() { return *m_clock; }
    int port() const { return m_app->port(); }
    QString caFile() const { return m_dir.path() + QStringLiteral("/data/tls/ca.crt"); }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    // A configuration file for running the kikan-server executable on the same data.
    QString configFile() const { return m_configFile; }
    HttpsClient client() const { return HttpsClient(port(), caFile()); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_pg;
    std::shared_ptr<core::ManualClock> m_clock;
    std::unique_ptr<app::Application> m_app;
    QString m_configFile;
};

// Writes TLS material (CA + server certificate, also for `extraHost` when given) into dir with
// scripts/make-tls.sh.
void makeTlsMaterial(const QString &dir, const QString &extraHost = {});

} // namespace kikan::test

#endif // KIKAN_REMOTE_TEST_SERVER
