// The server's configuration: one INI file (docs/configuration.md lists every key and its default).
#pragma once

#include "server/http/httpsserver.h"
#include "server/store/database.h"

#include <QHash>
#include <QString>
#include <QVariant>

namespace kikan::app {

class ServerConfig
{
public:
    // Reads the file; missing keys take their documented defaults. Relative paths in the file are
    // resolved against the file's folder. Throws std::runtime_error (Japanese) on a bad value.
    static ServerConfig load(const QString &file);
    // Defaults only, with data under dataDir (tests and `init --data`).
    static ServerConfig defaults(const QString &dataDir);

    http::ListenConfig listen;
    store::StoreConfig store;
    QString dataDir;

    // Module settings "section/key" (e.g. "auth/max_failed_attempts").
    int intValue(const QString &key, int fallback) const;
    bool boolValue(const QString &key, bool fallback) const;
    QString stringValue(const QString &key, const QString &fallback = {}) const;
    void set(const QString &key, const QVariant &value) { m_values.insert(key, value); }

private:
    QHash<QString, QVariant> m_values;
};

} // namespace kikan::app
