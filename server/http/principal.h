// Who is making a request: the signed-in staff member, resolved from the session by the authenticator.
#pragma once

#include <QSet>
#include <QString>

namespace kikan::http {

struct Principal {
    qint64 userId = 0;
    QString loginId;
    QString displayName;
    QString sessionRef;   // short, non-secret reference to the session (for logs)
    QString authMethod;   // "password" or "card"
    QSet<QString> rights; // "area:action", e.g. "resident:view", "admin:administer"
    bool mustChangePassword = false; // signed in with a temporary password set by an administrator

    bool has(const QString &area, const QString &action) const
    {
        return rights.contains(area + QLatin1Char(':') + action);
    }
};

} // namespace kikan::http
