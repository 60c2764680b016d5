// Importing vehicle 異動 (server/light_vehicle_tax/vehicleimport.h) over real HTTPS on SQLite and
// PostgreSQL: the layout as data (import-layouts.json), a dry run that lists what it would change
// and writes nothing, the same file applied, a Shift_JIS file, and a bad file — a wrong date, an
// unknown 異動区分, a plate not registered, bytes that are not Shift_JIS — answered with one
// Japanese error per line and nothing applied (not even its good lines); a fixed-length Shift_JIS
// file (layout fixed-sjis: byte offsets as data) applied, and a broken one — a record of another
// length, a double-byte character cut by a field's end, a wrong date — refused line by line.
#include "vehicletestkit.h"

#include "shared/api/light_vehicle_tax/errors.h"

#include <QStringEncoder>

using namespace kikan;
using test::u8;

class ImportTest : public test::VehicleFixture
{
    Q_OBJECT
public:
    using VehicleFixture::VehicleFixture;

private:
    static constexpr char kHeader[] = "区分,異動日,標識番号,車種,用途,形状,初度検査,車台番号,燃料,所有者,定置場,前住所地,事由\n";

    test::HttpReply upload(const QByteArray &file, const QString &layout, bool dryRun,
                           const QString &token = {})
    {
        return m_server->client().request(
            "POST", u"/api/v1/light-vehicle-tax/imports?layout=%1&dryRun=%2"_s.arg(layout)
                        .arg(dryRun ? u"true"_s : u"false"_s),
            file, token.isEmpty() ? m_clerk : token, "text/csv");
    }
    // One fixed-length record of the fixed-sjis layout: each text in Shift_JIS, padded with spaces
    // to its field's bytes.
    static QByteArray record(const QStringList &texts)
    {
        static const int lengths[] = {1, 10, 20, 20, 10, 10, 7, 20, 12, 10, 40, 20, 20};
        QByteArray out;
        for (int i = 0; i < 13; ++i)
            out += QByteArray(QStringEncoder("Shift_JIS").encode(texts.value(i))).leftJustified(lengths[i], ' ', true);
        return out;
    }
    int countWithPlate(const QString &plate)
    {
        return int(get(vehicles() + u"?plateNo="_s + QString::fromLatin1(QUrl::toPercentEncoding(plate)))
                       .json()[u"vehicles"_s].toArray().size());
    }
    qint64 ownerOf(qint64 vehicle)
    {
        return get(vehicles() + u"/%1"_s.arg(vehicle)).json()[u"vehicle"_s][u"ownerPartyNo"_s].toInteger();
    }

private slots:
    void initTestCase() { startWithParties(); }
    void cleanupTestCase() { m_server.reset(); }

    void dryRunThenApply()
    {
        const qint64 old = vehicleId(registerVehicle(m_resident, u8("本町 ち 1"), u"2024-05-01"_s));
        const QByteArray file = QByteArray(kHeader)
            + u8("1,2025-05-10,本町 ち 2,four_wheel,private,passenger,2025-04,JA1-2,gasoline,%1,本町5,,\n"
                 "1,R7.5.11,本町 ち 3,moped_class1,,,,,gasoline,%2,本町6,,\n"
                 "3,2025-05-12,本町 ち 1,,,,,,,%2,,,\r\n\n").arg(m_resident).arg(m_company).toUtf8();
        test::HttpReply r = upload(file, u"standard-csv-utf8"_s, true);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"applied"_s].toBool(), false);
        const QJsonArray lines = r.json()[u"lines"_s].toArray();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0][u"line"_s].toInt(), 2);
        QCOMPARE(lines[2][u"kind"_s].toString(), u"transfer_owner"_s);
        QCOMPARE(countWithPlate(u8("本町 ち 2")), 0); // the dry run wrote nothing
        QCOMPARE(ownerOf(old), m_resident);

        r = upload(file, u"standard-csv-utf8"_s, false);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()[u"applied"_s].toBool());
        QCOMPARE(countWithPlate(u8("本町 ち 2")), 1);
        QCOMPARE(countWithPlate(u8("本町 ち 3")), 1);
        QCOMPARE(ownerOf(old), m_company);
    }

    void shiftJisFile()
    {
        const QString text = QString::fromUtf8(kHeader)
            + u8("2,2025-05-20,本町 ち 4,light_motorcycle,,,,,gasoline,%1,本町7,鳥取市,\r\n").arg(m_outsider);
        const QByteArray file = QStringEncoder("Shift_JIS").encode(text);
        const test::HttpReply r = upload(file, u"standard-csv"_s, false);
        QCOMPARE(r.status, 200);
        QCOMPARE(countWithPlate(u8("本町 ち 4")), 1);
    }

    void badFileIsRefusedLineByLineAndNothingApplied()
    {
        QByteArray file = QStringEncoder("Shift_JIS").encode(
            QString::fromUtf8(kHeader)
            + u8("1,2025-06-01,本町 ち 5,four_wheel,private,passenger,2025-05,X,gasoline,%1,本町8,,\n"
                 "1,2025-13-40,本町 ち 6,four_wheel,private,passenger,2025-05,X,gasoline,%1,本町8,,\n"
                 "9,2025-06-01,本町 ち 7,four_wheel,private,passenger,2025-05,X,gasoline,%1,本町8,,\n"
                 "5,2025-06-01,本町 ち 99,,,,,,,,,,解体\n").arg(m_resident));
        file += QByteArray("1,2025-06-01,\x82\xff\x81,moped_class1,,,,,gasoline,1,x,,\n");
        const test::HttpReply r = upload(file, u"standard-csv"_s, false);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::LightVehicleImportInvalid));
        const QJsonArray errors = r.json()[u"errors"_s].toArray();
        QCOMPARE(errors.size(), 4);
        QCOMPARE(errors[0][u"line"_s].toInt(), 3);
        QCOMPARE(errors[0][u"field"_s].toString(), u"effectiveDate"_s);
        QCOMPARE(errors[1][u"line"_s].toInt(), 4);
        QVERIFY(errors[1][u"message"_s].toString().contains(u8("異動区分")));
        QCOMPARE(errors[2][u"line"_s].toInt(), 5);
        QVERIFY(errors[2][u"message"_s].toString().contains(u8("本町 ち 99")));
        QCOMPARE(errors[3][u"line"_s].toInt(), 6);
        QVERIFY(errors[3][u"message"_s].toString().contains(u8("文字コード")));
        QCOMPARE(countWithPlate(u8("本町 ち 5")), 0); // the good line was not applied either
        // A rule of the register refuses a line too (a plate already in use).
        const QByteArray taken = QByteArray(kHeader) + u8("1,2025-06-01,本町 ち 2,moped_class1,,,,,"
                                                          "gasoline,%1,本町9,,\n").arg(m_resident).toUtf8();
        const test::HttpReply t = upload(taken, u"standard-csv-utf8"_s, true);
        QCOMPARE(t.status, 422);
        QCOMPARE(t.json()[u"errors"_s][0][u"line"_s].toInt(), 2);
    }

    void fixedLengthFile()
    {
        const QString owner = QString::number(m_resident);
        const QByteArray good = record({u"1"_s, u"2025-06-01"_s, u8("本町 ち 20"), u"four_wheel"_s,
                                        u"private"_s, u"passenger"_s, u"2025-05"_s, u"HA36S-0020"_s,
                                        u"gasoline"_s, owner, u8("本町十番地"), {}, {}});
        QCOMPARE(good.size(), 200);
        test::HttpReply r = upload(good + "\r\n", u"fixed-sjis"_s, false);
        QCOMPARE(r.status, 200);
        QCOMPARE(countWithPlate(u8("本町 ち 20")), 1);

        // 19 ASCII bytes and the first byte of 「本」 (0x96 0x7B) in the 20-byte plate field
        QByteArray cut = record({u"1"_s, u"2025-06-01"_s, {}, u"moped_class1"_s, {}, {}, {}, {},
                                 u"gasoline"_s, owner, u8("本町"), {}, {}});
        cut.replace(11, 20, QByteArray("1234567890123456789\x96"));
        const QByteArray file = good.left(199) + "\n" + cut + "\n"
                                + record({u"1"_s, u"2025-02-30"_s, u8("本町 ち 21"), u"moped_class1"_s,
                                          {}, {}, {}, {}, u"gasoline"_s, owner, u8("本町"), {}, {}})
                                + "\n"
                                + record({u"1"_s, u"2025-06-01"_s, u8("本町 ち 22"), u"moped_class1"_s,
                                          {}, {}, {}, {}, u"gasoline"_s, owner, u8("本町"), {}, {}});
        r = upload(file, u"fixed-sjis"_s, false);
        QCOMPARE(r.status, 422);
        const QJsonArray errors = r.json()[u"errors"_s].toArray();
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors[0][u"line"_s].toInt(), 1);
        QVERIFY2(errors[0][u"message"_s].toString().contains(u8("レコード長が 200 バイトではありません")),
                 qPrintable(errors[0][u"message"_s].toString()));
        QCOMPARE(errors[1][u"line"_s].toInt(), 2);
        QVERIFY(errors[1][u"message"_s].toString().contains(u8("12 バイト目からの項目")));
        QCOMPARE(errors[2][u"line"_s].toInt(), 3);
        QCOMPARE(errors[2][u"field"_s].toString(), u"effectiveDate"_s);
        QCOMPARE(countWithPlate(u8("本町 ち 22")), 0); // the good line was not applied either
    }

    void layoutAndRight()
    {
        QCOMPARE(upload(QByteArray(kHeader), u"no-such-layout"_s, true).status, 422);
        QCOMPARE(upload(QByteArray(kHeader), u"standard-csv"_s, true, m_viewer).status, 403);
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<ImportTest>(argc, argv);
}

#include "import_test.moc"
