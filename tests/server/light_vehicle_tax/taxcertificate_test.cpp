// 納税証明書 (継続検査用) (server/light_vehicle_tax/taxcertificate.h) over real HTTPS on SQLite and
// PostgreSQL, with the real 収納管理 ledger: refused while the vehicle's 種別割 is in arrears (past
// its 納期限 and unpaid), issued when there is none (a 全額減免), with a 発行番号 that increases and a
// print-log entry each time; refused for a deregistered vehicle; the issue right.
#include "vehicletestkit.h"

#include "shared/api/light_vehicle_tax/errors.h"
#include "tests/shared/forms/formtestkit.h"

#include <QGuiApplication>

using namespace kikan;
using test::u8;

class TaxCertificateTest : public test::VehicleFixture
{
    Q_OBJECT
public:
    using VehicleFixture::VehicleFixture;

private:
    qint64 m_unpaid = 0, m_exempt = 0, m_gone = 0;

    test::HttpReply issue(qint64 vehicle, const QString &token = {})
    {
        return post(vehicles() + u"/%1/tax-certificate"_s.arg(vehicle), {}, token);
    }
    int printLog(bool success)
    {
        return test::auditRows(*m_server, u"event = 'light_vehicle_tax.certificate_issue'"_s, {},
                               success ? 1 : 0);
    }

private slots:
    void initTestCase()
    {
        startWithParties();
        m_unpaid = vehicleId(registerVehicle(m_resident, u8("本町 つ 1"), u"2024-05-01"_s));
        m_exempt = vehicleId(registerVehicle(m_company, u8("本町 つ 2"), u"2024-05-01"_s));
        m_gone = vehicleId(registerVehicle(m_outsider, u8("本町 つ 3"), u"2024-05-01"_s));
        QCOMPARE(post(u"/api/v1/light-vehicle-tax/reductions"_s,
                      {{"vehicleId", m_exempt}, {"fiscalYear", 2025}, {"reason", "disability"},
                       {"mode", "full"}, {"appliedOn", "2025-04-10"}, {"decidedOn", "2025-04-20"}})
                     .status, 201);
        QCOMPARE(runAssessment()[u"state"_s].toString(), u"done"_s);
        QCOMPARE(change(m_gone, u"deregister"_s, u"2025-05-01"_s, {{"reason", u8("解体")}}).status, 200);
    }
    void cleanupTestCase() { m_server.reset(); }

    void refusedWhileInArrears()
    {
        const int refused = printLog(false);
        const test::HttpReply r = issue(m_unpaid); // 処理日 2025-06-02, 納期限 2025-05-31, unpaid
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::LightVehicleArrears));
        QCOMPARE(printLog(false), refused + 1);
        QCOMPARE(issue(m_gone).code(), QString::fromLatin1(api::err::LightVehicleState));
    }

    void issuedWithSerialAndPrintLog()
    {
        const int printed = printLog(true);
        const test::HttpReply first = issue(m_exempt);
        QCOMPARE(first.status, 200);
        QVERIFY(first.contentType.startsWith("application/pdf"));
        const qint64 serial = first.headers.value("x-certificate-serial").toLongLong();
        QVERIFY(serial > 0);
        const QString text = test::pdfText(test::writeTempPdf(first.body, u"certificate.pdf"_s));
        QVERIFY2(text.contains(u8("納税証明書")), qPrintable(text));
        QVERIFY(text.contains(u8("本町 つ 2")));
        QVERIFY(text.contains(u8("有限会社軽運送")));
        QVERIFY(text.contains(QString::number(serial)));
        const test::HttpReply second = issue(m_exempt);
        QCOMPARE(second.headers.value("x-certificate-serial").toLongLong(), serial + 1);
        QCOMPARE(printLog(true), printed + 2);
    }

    void issueRight()
    {
        QCOMPARE(issue(m_exempt, m_viewer).status, 403);
        QCOMPARE(issue(999999).status, 404);
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return test::execOnBothStores<TaxCertificateTest, QGuiApplication>(argc, argv);
}

#include "taxcertificate_test.moc"
