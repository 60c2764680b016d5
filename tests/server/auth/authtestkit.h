// Helpers for the auth tests: staff created directly through the administration service (as the
// command line does), sign-in over HTTPS, and counting audit entries in the store.
#pragma once

#include "tests/support/servercontrol.h"

#include <QTest>

namespace kikan::test {

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
    return queryRows(server, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE ") + where, values)
        .value(0).value(0).toInt();
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
