// StaffUser from its JSON form.
#include "user.h"

#include <QJsonArray>

namespace kikan::client {

bool StaffUser::hasAnyIn(const QString &area) const
{
    const QString prefix = area + QLatin1Char(':');
    for (const QString &r : rights) {
        if (r.startsWith(prefix))
            return true;
    }
    return false;
}

StaffUser StaffUser::fromJson(const QJsonObject &o)
{
    StaffUser u;
    u.id = o.value(QStringLiteral("id")).toVariant().toLongLong();
    u.loginId = o.value(QStringLiteral("loginId")).toString();
    u.displayName = o.value(QStringLiteral("displayName")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("rights")).toArray())
        u.rights.insert(v.toString());
    u.mustChangePassword = o.value(QStringLiteral("mustChangePassword")).toBool();
    return u;
}

} // namespace kikan::client
