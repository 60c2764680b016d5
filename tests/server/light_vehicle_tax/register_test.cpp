// The vehicle register (server/light_vehicle_tax) over real HTTPS on SQLite and PostgreSQL: 登録 and
// 転入 for residents, 住登外者 and 法人; 名義変更, 定置場変更 and 廃車 with effective dates, as-of
// views and the version read (a stale one is refused); the 種別割 of a 年度 from the vehicle on
// 賦課期日 4月1日 — a 名義変更 on 4月2日 leaves that 年度 with the former owner, one on 4月1日 moves
// it, a 廃車 on 4月1日 leaves nothing to tax; a worked example per column over HTTP.
// 処理日 = 2025-06-02 (ManualClock).
#include "vehicletestkit.h"

#include "shared/api/light_vehicle_tax/errors.h"
#include "tests/shared/tabletest.h"

using namespace kikan;
using test::u8;

class RegisterTest : public test::VehicleFixture
{
    Q_OBJECT
public:
    using VehicleFixture::VehicleFixture;

private slots:
    void initTestCase() { startWithParties(); }
    void cleanupTestCase() { m_server.reset(); }

    void registerAndView()
    {
        const qint64 v = vehicleId(registerVehicle(m_resident, u8("本町 あ 1001"), "2024-05-10"));
        QVERIFY(v > 0);
        const QJsonObject view = get(vehicles() + u"/%1"_s.arg(v)).json();
        QCOMPARE(view[u"version"_s].toInt(), 1);
        QCOMPARE(view[u"vehicle"_s][u"rateClass"_s].toString(), u"four_wheel_passenger_private"_s);
        QCOMPARE(view[u"vehicle"_s][u"ownerPartyNo"_s].toInteger(), m_resident);
        QCOMPARE(view[u"history"_s].toArray().size(), 1);
        // Not registered before its 登録.
        QCOMPARE(get(vehicles() + u"/%1?asOf=2024-05-09"_s.arg(v)).status, 404);
        // Found by plate and by owner.
        QCOMPARE(get(vehicles() + u"?plateNo="_s
                     + QString::fromLatin1(QUrl::toPercentEncoding(u8("本町 あ 1001"))))
                     .json()[u"vehicles"_s].toArray().size(), 1);
        QVERIFY(get(vehicles() + u"?ownerPartyNo=%1"_s.arg(m_resident))
                    .json()[u"vehicles"_s].toArray().size() >= 1);
        // The same plate again, an unknown owner, a missing 初度検査: refused, nothing written.
        QCOMPARE(registerVehicle(m_resident, u8("本町 あ 1001"), "2024-06-01").code(),
                 QString::fromLatin1(api::err::LightVehiclePlateInUse));
        QCOMPARE(registerVehicle(987654, u8("本町 あ 1002"), "2024-06-01").code(),
                 QString::fromLatin1(api::err::LightVehiclePartyUnknown));
        const test::HttpReply r = registerVehicle(m_resident, u8("本町 あ 1003"), "2024-06-01",
                                                  {{"firstInspection", QJsonValue()}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[u"fields"_s][0][u"field"_s].toString(), u"firstInspection"_s);
        // 転入 needs the town it came from.
        QCOMPARE(registerVehicle(m_outsider, u8("本町 あ 1004"), "2024-06-01",
                                 {{"changeKind", "transfer_in"}}).status, 422);
        QCOMPARE(registerVehicle(m_outsider, u8("本町 あ 1004"), "2024-06-01",
                                 {{"changeKind", "transfer_in"}, {"previousTown", u8("隣町")}})
                     .status, 201);
    }

    // 賦課期日 ownership: a 名義変更 on 4月2日 leaves 令和7年度 with the former owner.
    void transferOnTheSecondOfAprilDoesNotMoveThatYear()
    {
        const qint64 v = vehicleId(registerVehicle(m_resident, u8("本町 い 2001"), "2023-05-01"));
        test::HttpReply r = change(v, u"transfer-owner"_s, u"2025-04-02"_s,
                                   {{"ownerPartyNo", m_company}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"version"_s].toInt(), 2);
        QJsonObject tax = yearTax(v, 2025);
        QVERIFY(tax[u"taxable"_s].toBool());
        QCOMPARE(tax[u"assessmentDate"_s].toString(), u"2025-04-01"_s);
        QCOMPARE(tax[u"taxpayerPartyNo"_s].toInteger(), m_resident);
        QCOMPARE(tax[u"amount"_s].toInt(), 10800);
        QCOMPARE(yearTax(v, 2026)[u"taxpayerPartyNo"_s].toInteger(), m_company);
        // The view on 4月1日 shows the former owner, today the new one, with the history.
        QCOMPARE(get(vehicles() + u"/%1?asOf=2025-04-01"_s.arg(v)).json()[u"vehicle"_s]
                     [u"ownerPartyNo"_s].toInteger(), m_resident);
        const QJsonObject now = get(vehicles() + u"/%1"_s.arg(v)).json();
        QCOMPARE(now[u"vehicle"_s][u"ownerPartyNo"_s].toInteger(), m_company);
        QCOMPARE(now[u"history"_s][0][u"validTo"_s].toString(), u"2025-04-02"_s);
    }

    void transferOnTheFirstOfAprilMovesThatYear()
    {
        const qint64 v = vehicleId(registerVehicle(m_resident, u8("本町 う 3001"), "2023-05-01"));
        QCOMPARE(change(v, u"transfer-owner"_s, u"2025-04-01"_s, {{"ownerPartyNo", m_outsider}})
                     .status, 200);
        QCOMPARE(yearTax(v, 2025)[u"taxpayerPartyNo"_s].toInteger(), m_outsider);
        QCOMPARE(yearTax(v, 2024)[u"taxpayerPartyNo"_s].toInteger(), m_resident);
        QVERIFY(!yearTax(v, 2023)[u"taxable"_s].toBool()); // registered after 2023-04-01
    }

    void deregistrationOnAssessmentDay()
    {
        const qint64 a = vehicleId(registerVehicle(m_company, u8("本町 え 4001"), "2020-05-01"));
        const qint64 b = vehicleId(registerVehicle(m_company, u8("本町 え 4002"), "2020-05-01"));
        QCOMPARE(change(a, u"deregister"_s, u"2025-04-01"_s, {{"reason", u8("解体")}}).status, 200);
        QCOMPARE(change(b, u"deregister"_s, u"2025-04-02"_s, {{"reason", u8("解体")}}).status, 200);
        QVERIFY(!yearTax(a, 2025)[u"taxable"_s].toBool());
        QVERIFY(yearTax(b, 2025)[u"taxable"_s].toBool());
        QVERIFY(!yearTax(b, 2026)[u"taxable"_s].toBool());
        // A deregistered vehicle takes no further 異動; its plate is free again.
        const test::HttpReply r = change(a, u"move-storage"_s, u"2025-05-01"_s,
                                         {{"storagePlace", u8("新町1")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::LightVehicleState));
        QCOMPARE(registerVehicle(m_resident, u8("本町 え 4001"), "2025-05-01").status, 201);
    }

    void storageMoveAndStaleVersion()
    {
        const qint64 v = vehicleId(registerVehicle(m_outsider, u8("本町 お 5001"), "2024-08-01"));
        QCOMPARE(change(v, u"move-storage"_s, u"2025-01-10"_s,
                        {{"storagePlace", u8("新町2-1")}, {"version", 1}}).status, 200);
        const test::HttpReply stale = change(v, u"transfer-owner"_s, u"2025-02-01"_s,
                                             {{"ownerPartyNo", m_company}, {"version", 1}});
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.code(), QString::fromLatin1(api::err::LightVehicleConflict));
        QCOMPARE(get(vehicles() + u"/%1?asOf=2025-01-09"_s.arg(v)).json()[u"vehicle"_s]
                     [u"storagePlace"_s].toString(), u8("本町1-2-3"));
        QCOMPARE(get(vehicles() + u"/%1"_s.arg(v)).json()[u"vehicle"_s][u"storagePlace"_s]
                     .toString(), u8("新町2-1"));
        // A date before the last 異動 is refused.
        QCOMPARE(change(v, u"transfer-owner"_s, u"2025-01-09"_s, {{"ownerPartyNo", m_company}})
                     .status, 422);
    }

    // One vehicle per column over HTTP (令和7年度): 旧税率, 新税率, 重課, 軽課, and a flat class.
    void columnsOverHttp_data()
    {
        test::addColumns<QJsonObject, QString, int>({"facts", "column", "yen"});
        QTest::newRow("旧税率 貨物営業用") << QJsonObject{{"body", "cargo"}, {"use", "business"},
                                                          {"firstInspection", "2014-02"}}
                                           << "old" << 3000;
        QTest::newRow("新税率 乗用営業用") << QJsonObject{{"use", "business"},
                                                          {"firstInspection", "2016-07"}}
                                           << "new" << 6900;
        QTest::newRow("重課 三輪") << QJsonObject{{"vehicleClass", "three_wheel"},
                                                  {"firstInspection", "2010-03"}}
                                   << "heavy" << 4600;
        QTest::newRow("軽課 電気") << QJsonObject{{"power", "electric"}, {"firstInspection", "2024-09"}}
                                   << "green" << 2700;
        QTest::newRow("原付 標識") << QJsonObject{{"vehicleClass", "moped_class2a"},
                                                  {"firstInspection", QJsonValue()}}
                                   << "flat" << 2400;
    }
    void columnsOverHttp()
    {
        QFETCH(QJsonObject, facts);
        QFETCH(QString, column);
        QFETCH(int, yen);
        static int plate = 6000;
        const qint64 v = vehicleId(registerVehicle(
            m_company, u8("本町 か %1").arg(++plate), "2024-10-01", facts));
        const QJsonObject tax = yearTax(v, 2025);
        QCOMPARE(tax[u"column"_s].toString(), column);
        QCOMPARE(tax[u"amount"_s].toInt(), yen);
    }

    void rightsAreaIsLightVehicleTax()
    {
        const test::HttpReply r = m_server->client().post(
            vehicles(), QJsonObject{{"plateNo", "x"}}, m_viewer);
        QCOMPARE(r.status, 403);
        QCOMPARE(get(vehicles() + u"/999999"_s, m_viewer).status, 404);
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<RegisterTest>(argc, argv);
}

#include "register_test.moc"
