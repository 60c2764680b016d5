// Counter work for town-registered vehicles (server/light_vehicle_tax/mopedcounter.h) over real
// HTTPS on SQLite and PostgreSQL: 登録 allocates the next 標識番号 of the class's range
// (plate-ranges.json) past a plate already held, with a 標識交付証明書 PDF (pdftotext) and a 発行番号
// that increases; a class the town does not register is refused; a lost plate is re-issued with
// a new number (the old one never again) and the 異動 replace_plate; 廃車 gives a 廃車申告受付書
// and ends the registration; a stale version changes nothing; every document is in the print log.
#include "vehicletestkit.h"

#include "shared/api/light_vehicle_tax/errors.h"
#include "tests/shared/forms/formtestkit.h"

#include <QGuiApplication>

using namespace kikan;
using test::u8;

class MopedCounterTest : public test::VehicleFixture
{
    Q_OBJECT
public:
    using VehicleFixture::VehicleFixture;

private:
    static QString mopeds() { return u"/api/v1/light-vehicle-tax/mopeds"_s; }
    test::HttpReply registerMoped(qint64 owner, const QString &vehicleClass = u"moped_class1"_s)
    {
        return post(mopeds(), {{"effectiveDate", "2025-06-02"}, {"vehicleClass", vehicleClass},
                               {"power", "gasoline"}, {"chassisNo", "AF68-1234567"},
                               {"ownerPartyNo", owner}, {"storagePlace", u8("本町1-2-3")}});
    }
    static QString plateOf(const test::HttpReply &r)
    {
        return QUrl::fromPercentEncoding(r.headers.value("x-plate-no"));
    }
    static QString text(const test::HttpReply &r)
    {
        return test::pdfText(test::writeTempPdf(r.body, u"document.pdf"_s));
    }
    int printLog(const QString &event, bool success)
    {
        return test::auditRows(*m_server, u"event = '%1'"_s.arg(event), {}, success ? 1 : 0);
    }

private slots:
    void initTestCase()
    {
        startWithParties();
        // a plate of the range already held (registered before the counter existed)
        QVERIFY(vehicleId(registerVehicle(m_resident, u8("琴浦町 あ 1"), u"2024-05-01"_s,
                                          {{"vehicleClass", "moped_class1"}})));
    }
    void cleanupTestCase() { m_server.reset(); }

    void registrationIssuesTheNextPlate()
    {
        const int printed = printLog(u"light_vehicle_tax.plate_issue"_s, true);
        const test::HttpReply first = registerMoped(m_resident);
        QCOMPARE(first.status, 200);
        QVERIFY(first.contentType.startsWith("application/pdf"));
        QCOMPARE(plateOf(first), u8("琴浦町 あ 2")); // あ 1 is held
        const qint64 serial = first.headers.value("x-certificate-serial").toLongLong();
        QVERIFY(serial > 0);
        const QString t = text(first);
        QVERIFY2(t.contains(u8("標識交付証明書")), qPrintable(t));
        QVERIFY(t.contains(u8("琴浦町 あ 2")));
        QVERIFY(t.contains(u8("軽井")));
        QVERIFY(t.contains(QString::number(serial)));
        const test::HttpReply second = registerMoped(m_company, u"small_special_farm"_s);
        QCOMPARE(second.status, 200);
        QCOMPARE(plateOf(second), u8("琴浦町 の 1"));
        QCOMPARE(second.headers.value("x-certificate-serial").toLongLong(), serial + 1);
        QCOMPARE(printLog(u"light_vehicle_tax.plate_issue"_s, true), printed + 2);
        const qint64 id = second.headers.value("x-vehicle-id").toLongLong();
        QCOMPARE(get(vehicles() + u"/%1"_s.arg(id)).json()[u"vehicle"_s][u"plateNo"_s].toString(),
                 u8("琴浦町 の 1"));
    }

    void aClassTheTownDoesNotRegisterIsRefused()
    {
        const int refused = printLog(u"light_vehicle_tax.plate_issue"_s, false);
        const test::HttpReply r = registerMoped(m_resident, u"four_wheel"_s);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::LightVehiclePlateRange));
        QCOMPARE(printLog(u"light_vehicle_tax.plate_issue"_s, false), refused + 1);
        QCOMPARE(registerMoped(999999).status, 422); // unknown owner: nothing allocated
        QCOMPARE(plateOf(registerMoped(m_outsider)), u8("琴浦町 あ 3"));
    }

    void lostPlateIsReissuedWithANewNumber()
    {
        const test::HttpReply reg = registerMoped(m_outsider);
        const qint64 id = reg.headers.value("x-vehicle-id").toLongLong();
        const QString old = plateOf(reg); // あ 4
        const int version = reg.headers.value("x-vehicle-version").toInt();
        const QString path = vehicles() + u"/%1/moped/reissue-plate"_s.arg(id);
        QCOMPARE(post(path, {{"version", version + 5}, {"effectiveDate", "2025-06-02"},
                             {"reason", u8("亡失")}}).status,
                 409);
        const test::HttpReply again = post(path, {{"version", version}, {"effectiveDate", "2025-06-02"},
                                                  {"reason", u8("亡失")}});
        QCOMPARE(again.status, 200);
        QCOMPARE(plateOf(again), u8("琴浦町 あ 5"));
        const QString t = text(again);
        QVERIFY2(t.contains(u8("再交付")) && t.contains(old), qPrintable(t));
        const QJsonObject v = get(vehicles() + u"/%1"_s.arg(id)).json();
        QCOMPARE(v[u"vehicle"_s][u"plateNo"_s].toString(), u8("琴浦町 あ 5"));
        QCOMPARE(v[u"history"_s].toArray().last()[u"changeKind"_s].toString(), u"replace_plate"_s);
        // the lost number is not issued again
        QCOMPARE(plateOf(registerMoped(m_resident)), u8("琴浦町 あ 6"));
    }

    void deregistrationGivesAReceipt()
    {
        const test::HttpReply reg = registerMoped(m_resident, u"moped_class2a"_s);
        const qint64 id = reg.headers.value("x-vehicle-id").toLongLong();
        const int printed = printLog(u"light_vehicle_tax.deregistration_receipt"_s, true);
        const test::HttpReply r = post(vehicles() + u"/%1/moped/deregister"_s.arg(id),
                                       {{"version", reg.headers.value("x-vehicle-version").toInt()},
                                        {"effectiveDate", "2025-06-02"}, {"reason", u8("廃棄")}});
        QCOMPARE(r.status, 200);
        const QString t = text(r);
        QVERIFY2(t.contains(u8("廃車申告受付書")), qPrintable(t));
        QVERIFY(t.contains(u8("琴浦町 う 1")));
        QVERIFY(t.contains(u8("廃棄")));
        QCOMPARE(printLog(u"light_vehicle_tax.deregistration_receipt"_s, true), printed + 1);
        QCOMPARE(get(vehicles() + u"/%1"_s.arg(id)).json()[u"vehicle"_s][u"status"_s].toString(),
                 u"deregistered"_s);
        QCOMPARE(post(vehicles() + u"/%1/moped/deregister"_s.arg(id),
                      {{"version", reg.headers.value("x-vehicle-version").toInt() + 1},
                       {"effectiveDate", "2025-06-03"}, {"reason", u8("廃棄")}}).status,
                 422);
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<MopedCounterTest, QGuiApplication>(argc, argv);
}

#include "mopedcounter_test.moc"
