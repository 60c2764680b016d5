// The signed-in staff member as the server describes them (GET /auth/me, sign-in answers).
// The client uses the rights only to hide what the server would refuse anyway.
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace kikan::client {

struct StaffUser {
    qint64 id = 0;
    QString loginId;
    QString displayName;
    QSet<QString> rights; // "area:action"
    bool mustChangePassword = false;

    bool isValid() const { return id != 0 || !loginId.isEmpty(); }
    bool has(const QString &area, const QString &action) const
    {
        return rights.contains(area + QLatin1Char(':') + action);
    }
    // Any right at all in the area (the area is then shown in the navigation).
    bool hasAnyIn(const QString &area) const;

    static StaffUser fromJson(const QJsonObject &o);
};

} // namespace kikan::client
