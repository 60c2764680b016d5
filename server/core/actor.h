// Who acts and from where, as domain code sees it: the signed-in staff member (or the command line,
// or the server itself), the rights they hold, and the request it came with (for the logs). Routes
// build it from the HTTP request (http::Request::actor()); domain code never sees HTTP.
#pragma once

#include <QSet>
#include <QString>

namespace kikan::core {

struct Actor {
    qint64 userId = 0;    // 0: nobody signed in (a failed sign-in, the server itself)
    QString loginId;
    QString displayName;
    QString authMethod;   // "password", "card", "cli", "system"
    QString sessionRef;   // short, non-secret reference to the session
    QString requestId;
    QString clientAddress;
    QSet<QString> rights; // "area:action"

    bool has(const QString &area, const QString &action) const
    {
        return rights.contains(area + QLatin1Char(':') + action);
    }
    // The server acting by itself (a daily job, a reaction to another area's event).
    static Actor system(const QString &loginId = QStringLiteral("system"))
    {
        Actor a;
        a.loginId = loginId;
        a.authMethod = QStringLiteral("system");
        return a;
    }
};

} // namespace kikan::core
