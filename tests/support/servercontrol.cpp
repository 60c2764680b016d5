// The parts of servercontrol.h that are the same in process and through the test host.
#include "servercontrol.h"

namespace kikan::test {

QString signIn(TestServer &server, const QString &login, const QString &password)
{
    const HttpReply r = server.client().post(
        QStringLiteral("/api/v1/auth/sign-in"),
        {{QStringLiteral("loginId"), login}, {QStringLiteral("password"), password}});
    if (r.status != 200)
        qWarning("sign-in of %s refused: %s", qPrintable(login), r.body.constData());
    return r.json().value(QStringLiteral("token")).toString();
}

QString staffWithRights(TestServer &server, const QString &login, const QStringList &rights)
{
    addGroup(server, login + QStringLiteral("-group"), rights);
    const QString password = QStringLiteral("Resident-Pass-2026");
    addStaff(server, login, password, {login + QStringLiteral("-group")});
    return signIn(server, login, password);
}

void setClock(TestServer &server, const QDateTime &utc)
{
    server.clock().advance(server.clock().now().secsTo(utc));
}

} // namespace kikan::test
