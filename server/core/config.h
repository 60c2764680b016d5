// The server's configuration: one INI file (docs/configuration.md lists every key and its default).
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace kikan::core {

// Where and how the HTTPS server listens (section [server]).
struct ListenConfig {
    QString host = QStringLiteral("127.0.0.1");
    int port = 8443;                     // 0: any free port (tests)
    // Worker threads. POCO keeps a thread on a kept-alive connection until it idles out, so this
    // must exceed the number of counter terminals (50 in the first town), not just the load.
    int threads = 64;
    int queue = 100;                     // accepted connections waiting for a worker
    qint64 maxBodyBytes = 1024 * 1024;   // larger bodies get 413 request.too_large
    int requestTimeoutSeconds = 30;      // socket receive/send timeout
    int keepAliveSeconds = 15;
    // Slow and idle clients (server/http/connectionguard.h): accept → TLS handshake and request
    // headers done; connections one client address may hold, and workers it may use (0: no cap).
    int handshakeTimeoutSeconds = 10;
    int maxConnectionsPerAddress = 1024;
    int maxWorkersPerAddress = 8;
    // Proxies (HAProxy) whose X-Forwarded-For header names the client: requests through them are
    // logged and counted under the forwarded address; the proxies themselves are not capped.
    QStringList trustedProxies;
    QString certificateFile;             // PEM server certificate (chain)
    QString privateKeyFile;              // PEM private key
};

// The store: SQLite file or PostgreSQL (section [store]).
struct StoreConfig {
    enum class Driver { Sqlite, Postgres };
    Driver driver = Driver::Sqlite;
    QString sqlitePath;            // the database file (Sqlite)
    // Host name or unix-socket directory (Postgres); several, comma-separated, for a primary and
    // its standbys: libpq tries them in turn and takes the one that accepts writes
    // (target_session_attrs=read-write, docs/operations.md).
    QString host;
    int port = 5432;
    QString ports;                 // with several hosts: their ports, comma-separated
    int connectTimeoutSeconds = 3; // per host tried
    QString database = QStringLiteral("kikan");
    QString user = QStringLiteral("kikan");
    QString password;
    int busyTimeoutMs = 5000;      // SQLite: how long a writer waits for another
};

class ServerConfig
{
public:
    // Reads the file; missing keys take their documented defaults. Relative paths in the file are
    // resolved against the file's folder. Throws std::runtime_error (Japanese) on a bad value.
    static ServerConfig load(const QString &file);
    // Defaults only, with data under dataDir (tests and `init --data`).
    static ServerConfig defaults(const QString &dataDir);

    ListenConfig listen;
    StoreConfig store;
    QString dataDir;

    // Module settings "section/key" (e.g. "auth/max_failed_attempts").
    int intValue(const QString &key, int fallback) const;
    bool boolValue(const QString &key, bool fallback) const;
    QString stringValue(const QString &key, const QString &fallback = {}) const;
    void set(const QString &key, const QVariant &value) { m_values.insert(key, value); }

private:
    QHash<QString, QVariant> m_values;
};

} // namespace kikan::core
