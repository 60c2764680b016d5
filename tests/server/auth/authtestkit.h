// Helpers for the auth tests: staff created directly through the administration service (as the
// command line does), sign-in over HTTPS, and counting audit entries in the store.
#pragma once

#include "server/auth/adminlog.h"
#include "server/auth/groupadmin.h"
#include "server/auth/useradmin.h"
#include "server/store/database.h"
#include "tests/support/testserver.h"

#include <QTest>

namespace kikan::test {

// A staff member created through the administration service. With `temporary`, the password is
// one an administrator chose (the server refuses everything but changing it); otherwise it counts
// as the staff member's own, so tests of other behaviour start from an ordinary account.
inline qint64 addStaff(TestServer &server, const QString &login, const QString &password,
                       const QStringList &groupNames = {}, bool temporary = false)
{
    core::ServerContext &ctx = server.app().context();
    auth::GroupAdmin groups(ctx, auth::AdminLog::commandLineActor());
    groups.ensureBuiltInGroups();
    auth::UserInput in{login, login + QStringLiteral(" 職員"), password, {}};
    for (const QString &name : groupNames)
        in.groupIds.append(groups.idOf(name));
    in.temporaryPassword = temporary;
    return auth::UserAdmin(ctx, auth::AdminLog::commandLineActor()).create(in);
}

inline auth::UserAdmin userAdmin(TestServer &server)
{
    return auth::UserAdmin(server.app().context(), auth::AdminLog::commandLineActor());
}

// The token of a successful password sign-in; empty (and a warning) when refused.
inline QString signIn(TestServer &server, const QString &login, const QString &password)
{
    const HttpReply r = server.client().post(
        QStringLiteral("/api/v1/auth/sign-in"),
        {{QStringLiteral("loginId"), login}, {QStringLiteral("password"), password}});
    if (r.status != 200)
        qWarning("sign-in of %s refused: %s", qPrintable(login), r.body.constData());
    return r.json().value(QStringLiteral("token")).toString();
}

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// How many audit entries match `where` (an SQL condition on audit_log with '?' for `values`), and
// the outcome when given.
inline int auditRows(TestServer &server, QString where, QVariantList values, int success = -1)
{
    if (success >= 0) {
        where += QStringLiteral(" AND success = ?");
        values << success;
    }
    QSqlQuery q = store::exec(server.app().context().database.connection(),
                              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE ") + where,
                              values);
    q.next();
    return q.value(0).toInt();
}

// How many audit entries the auth module wrote with this event (and login id, and outcome, when
// given). The audit module's per-request operation entries (subject = the request path) are not
// counted.
inline int auditCount(TestServer &server, const QString &event, const QString &loginId = {},
                      int success = -1)
{
    QString where = QStringLiteral("event = ? AND subject NOT LIKE '/%'");
    QVariantList values{event};
    if (!loginId.isEmpty()) {
        where += QStringLiteral(" AND login_id = ?");
        values << loginId;
    }
    return auditRows(server, where, values, success);
}

} // namespace kikan::test
