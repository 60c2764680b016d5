// The client's only state on disk: which server to talk to, the town's CA and the UI language.
// Stored with QSettings (the registry on Windows); no business data is ever kept here. Each value
// is the user's own if set, else the machine-wide default the administrator set (the MSI writes
// HKLM\Software\Kikan\Client ServerUrl/CaFile; Linux: /etc/kikan/client.conf; docs/windows.md).
#pragma once

#include <QString>
#include <QUrl>

namespace kikan::client {

struct ClientSettings {
    QUrl serverUrl;    // https://host:port
    QString caFile;    // the town's CA certificate (PEM); empty = the system's CAs
    QString language = QStringLiteral("ja"); // "ja" (default) or "en"

    static ClientSettings load();
    void save() const;
};

// Installs the translations of the given language ("ja" or "en") on the application, replacing
// any installed before, and names areas and actions in it. Returns false when the language's
// translations are missing.
bool installLanguage(const QString &language);

} // namespace kikan::client
