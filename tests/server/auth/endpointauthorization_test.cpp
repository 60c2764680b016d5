// Every route that is not public refuses a request without a token (401 auth.unauthenticated),
// with an expired session (401 auth.session_expired) and — for routes that need a right — from a
// signed-in user without that right (403 auth.forbidden). The routes are read from the router, so
// endpoints added later by any module are covered without touching this test.
#include "authtestkit.h"

#include "shared/api/errorcode.h"

#include <QRegularExpression>

using namespace kikan;

class EndpointAuthorizationTest : public QObject
{
    Q_OBJECT
private slots:
    void everyProtectedRouteRefusesBadSessions()
    {
        test::TestServer server;
        // A session that will have been idle too long, and a user who holds no right at all.
        test::addStaff(server, QStringLiteral("sleeper"), QStringLiteral("Sleeper-Pass-2026"));
        test::addStaff(server, QStringLiteral("norights"), QStringLiteral("NoRights-Pass-2026"));
        const QString expired =
            test::signIn(server, QStringLiteral("sleeper"), QStringLiteral("Sleeper-Pass-2026"));
        server.clock().advance(31 * 60);
        const QString plain =
            test::signIn(server, QStringLiteral("norights"), QStringLiteral("NoRights-Pass-2026"));
        QVERIFY(!expired.isEmpty() && !plain.isEmpty());

        test::HttpsClient client = server.client();
        static const QRegularExpression param(QStringLiteral("\\{[^}/]+\\}"));
        int checked = 0;
        for (const http::Route &route : server.app().router().routes()) {
            if (route.access.kind == http::Access::Kind::Public)
                continue;
            const QString path = QString(route.pattern).replace(param, QStringLiteral("1"));
            const QByteArray method = route.method.toLatin1();
            const QString where = route.method + QLatin1Char(' ') + route.pattern;

            const test::HttpReply anonymous = client.request(method, path, "{}");
            QVERIFY2(anonymous.status == 401
                         && anonymous.code() == QLatin1String(api::err::Unauthenticated),
                     qPrintable(where + ": " + QString::fromUtf8(anonymous.body)));

            const test::HttpReply stale = client.request(method, path, "{}", expired);
            QVERIFY2(stale.status == 401
                     && stale.code() == QLatin1String(api::err::SessionExpired),
                     qPrintable(where + ": " + QString::fromUtf8(stale.body)));

            if (route.access.kind == http::Access::Kind::Right) {
                const test::HttpReply denied = client.request(method, path, "{}", plain);
                QVERIFY2(denied.status == 403
                         && denied.code() == QLatin1String(api::err::Forbidden),
                         qPrintable(where + ": " + QString::fromUtf8(denied.body)));
            }
            ++checked;
        }
        // At least the auth module's own protected routes were walked.
        QVERIFY2(checked >= 15, qPrintable(QString::number(checked)));
    }
};

QTEST_GUILESS_MAIN(EndpointAuthorizationTest)
#include "endpointauthorization_test.moc"
