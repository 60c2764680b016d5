// Audit search and CSV export over real HTTPS with signed-in staff (SQLite and PostgreSQL): the
// システム管理者 group (audit:view) finds its own sign-in, 窓口職員 is refused, a bad filter is 422
// naming the field, the export is a CSV download.
#include "shared/api/endpoints.h"
#include "shared/api/errorcode.h"
#include "tests/server/auth/authtestkit.h"
#include "tests/support/bothstores.h"

#include <QJsonArray>
#include <QTest>

using namespace kikan;

class AuditSearchHttpsTest : public QObject
{
    Q_OBJECT
private slots:
    void signedInAuditorSearchesAndExports_data()
    {
        test::addStoreRows();
    }
    void signedInAuditorSearchesAndExports()
    {
        test::TestServer server(test::fetchStore());
        const QString password = QStringLiteral("Kikan-Demo-2026");
        test::addStaff(server, QStringLiteral("kansa"), password, {QStringLiteral("システム管理者")});
        test::addStaff(server, QStringLiteral("madoguchi"), password, {QStringLiteral("窓口職員")});
        const QString auditor = test::signIn(server, QStringLiteral("kansa"), password);
        const QString clerk = test::signIn(server, QStringLiteral("madoguchi"), password);
        QVERIFY(!auditor.isEmpty() && !clerk.isEmpty());
        test::HttpsClient client = server.client();
        const QString search = QString::fromLatin1(api::path::AuditSearch);

        test::HttpReply r = client.get(search + "?kind=communication&limit=5", auditor);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value("total").toInt() >= 2);
        QCOMPARE(r.json().value("entries").toArray().size(),
                 qMin(5, r.json().value("total").toInt()));

        // The two sign-ins are in the authentication log, written by the auth module itself (its
        // routes audit themselves, so the observer adds no second, generic operation entry).
        r = client.get(search + "?kind=auth&event=auth.sign_in&success=true", auditor);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("total").toInt(), 2);
        r = client.get(search + "?subject=/api/v1/auth/sign-in&kind=operation", auditor);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("total").toInt(), 0);

        r = client.get(search + "?kind=bogus", auditor);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::Validation));
        QCOMPARE(r.json().value("fields").toArray()[0].toObject().value("field").toString(),
                 QStringLiteral("kind"));

        QCOMPARE(client.get(search, clerk).status, 403);
        QCOMPARE(client.get(QString::fromLatin1(api::path::AuditExport), clerk).status, 403);

        r = client.get(QString::fromLatin1(api::path::AuditExport) + "?kind=communication",
                       auditor);
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("text/csv"));
        QVERIFY(r.body.startsWith("\xEF\xBB\xBF番号,日時,種別"));
        QVERIFY(r.headers.value("content-disposition").startsWith("attachment"));
        QVERIFY(r.headers.value("x-kikan-total-rows").toInt() >= 2);

        // Who read the log is in the log.
        r = client.get(search + "?kind=access&user=kansa", auditor);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value("total").toInt() >= 3); // two searches and the export
    }
};

QTEST_GUILESS_MAIN(AuditSearchHttpsTest)
#include "searchhttps_test.moc"
