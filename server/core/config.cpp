#include "config.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <stdexcept>

namespace kikan::core {

namespace {
QString resolve(const QString &base, const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    return QDir(base).absoluteFilePath(path);
}
} // namespace

ServerConfig ServerConfig::defaults(const QString &dataDir)
{
    ServerConfig c;
    c.dataDir = QDir(dataDir).absolutePath();
    c.store.sqlitePath = c.dataDir + QStringLiteral("/kikan.db");
    c.listen.certificateFile = c.dataDir + QStringLiteral("/tls/server.crt");
    c.listen.privateKeyFile = c.dataDir + QStringLiteral("/tls/server.key");
    return c;
}

ServerConfig ServerConfig::load(const QString &file)
{
    if (!QFileInfo(file).isReadable())
        throw std::runtime_error(("設定ファイルを読めません: " + file).toStdString());
    QSettings ini(file, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        throw std::runtime_error(("設定ファイルの書式が正しくありません: " + file).toStdString());
    const QString base = QFileInfo(file).absolutePath();
    ServerConfig c = defaults(resolve(base, ini.value("server/data_dir", "data").toString()));

    auto number = [&](const char *key, int fallback, int min, int max) {
        bool ok = true;
        const int v = ini.value(key, fallback).toInt(&ok);
        if (!ok || v < min || v > max) {
            throw std::runtime_error(QStringLiteral("設定 %1 の値が正しくありません（%2〜%3）。")
                                         .arg(QLatin1String(key)).arg(min).arg(max).toStdString());
        }
        return v;
    };
    c.listen.host = ini.value("server/host", c.listen.host).toString();
    c.listen.port = number("server/port", c.listen.port, 0, 65535);
    c.listen.threads = number("server/threads", c.listen.threads, 1, 256);
    c.listen.queue = number("server/queue", c.listen.queue, 1, 10000);
    c.listen.maxBodyBytes = number("server/max_body_bytes", int(c.listen.maxBodyBytes), 1024,
                                   512 * 1024 * 1024);
    c.listen.requestTimeoutSeconds =
        number("server/request_timeout_seconds", c.listen.requestTimeoutSeconds, 1, 3600);
    c.listen.keepAliveSeconds = number("server/keep_alive_seconds", c.listen.keepAliveSeconds, 1, 3600);
    c.listen.handshakeTimeoutSeconds =
        number("server/handshake_timeout_seconds", c.listen.handshakeTimeoutSeconds, 1, 600);
    c.listen.maxConnectionsPerAddress = number("server/max_connections_per_address",
                                               c.listen.maxConnectionsPerAddress, 0, 1000000);
    c.listen.maxWorkersPerAddress =
        number("server/max_workers_per_address", c.listen.maxWorkersPerAddress, 0, 256);
    c.listen.certificateFile =
        resolve(base, ini.value("server/certificate", c.listen.certificateFile).toString());
    c.listen.privateKeyFile =
        resolve(base, ini.value("server/private_key", c.listen.privateKeyFile).toString());

    const QString driver = ini.value("store/driver", "sqlite").toString();
    if (driver == QLatin1String("postgresql")) {
        c.store.driver = StoreConfig::Driver::Postgres;
    } else if (driver != QLatin1String("sqlite")) {
        throw std::runtime_error("設定 store/driver は sqlite か postgresql です。");
    }
    c.store.sqlitePath = resolve(base, ini.value("store/path", c.store.sqlitePath).toString());
    // QSettings reads "a,b" as a list: several hosts and ports are joined back.
    auto listText = [&](const char *key) {
        const QVariant v = ini.value(key);
        return v.typeId() == QMetaType::QStringList ? v.toStringList().join(u',') : v.toString();
    };
    c.store.host = ini.contains("store/host") ? listText("store/host") : c.store.host;
    c.store.ports = listText("store/port");
    if (!c.store.ports.contains(u','))
        c.store.port = number("store/port", c.store.port, 1, 65535);
    c.store.connectTimeoutSeconds =
        number("store/connect_timeout_seconds", c.store.connectTimeoutSeconds, 1, 600);
    c.listen.trustedProxies = listText("server/trusted_proxies").split(u',', Qt::SkipEmptyParts);
    for (QString &proxy : c.listen.trustedProxies)
        proxy = proxy.trimmed();
    c.store.database = ini.value("store/database", c.store.database).toString();
    c.store.user = ini.value("store/user", c.store.user).toString();
    c.store.password = ini.value("store/password", c.store.password).toString();

    for (const QString &key : ini.allKeys()) {
        if (!key.startsWith(QLatin1String("server/")) && !key.startsWith(QLatin1String("store/")))
            c.m_values.insert(key, ini.value(key));
    }
    return c;
}

int ServerConfig::intValue(const QString &key, int fallback) const
{
    bool ok = false;
    const int v = m_values.value(key).toInt(&ok);
    if (m_values.contains(key) && !ok) {
        throw std::runtime_error(
            QStringLiteral("設定 %1 の値が数値ではありません。").arg(key).toStdString());
    }
    return ok ? v : fallback;
}

bool ServerConfig::boolValue(const QString &key, bool fallback) const
{
    if (!m_values.contains(key))
        return fallback;
    const QString v = m_values.value(key).toString().toLower();
    return v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes");
}

QString ServerConfig::stringValue(const QString &key, const QString &fallback) const
{
    return m_values.contains(key) ? m_values.value(key).toString() : fallback;
}

} // namespace kikan::core
