// The staff member the client shell tests sign in as, holding the rights a test gives them.
#pragma once

#include "client/net/user.h"

#include <QStringList>

namespace kikan::client::test {

inline StaffUser staff(const QStringList &rights)
{
    StaffUser u;
    u.id = 7;
    u.loginId = QStringLiteral("madoguchi01");
    u.displayName = QStringLiteral("窓口 花子");
    for (const QString &r : rights)
        u.rights.insert(r);
    return u;
}

} // namespace kikan::client::test
