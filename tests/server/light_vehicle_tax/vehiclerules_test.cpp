// The register's pure rules (server/light_vehicle_tax/vehiclerecord.h): what an entry must hold and
// what each 異動 may change, from one table each.
#include "server/light_vehicle_tax/vehiclerecord.h"
#include "tests/shared/tabletest.h"

#include <QTest>

using namespace kikan;
using namespace kikan::light_vehicle_tax;

namespace {
VehicleInput car()
{
    VehicleInput in;
    in.plateNo = QStringLiteral("本町 あ 1");
    in.facts = {QStringLiteral("four_wheel"), QStringLiteral("private"), QStringLiteral("passenger"),
                {2018, 6}, QStringLiteral("gasoline"), {}, true};
    in.ownerPartyNo = 100001;
    in.storagePlace = QStringLiteral("本町1");
    return in;
}
} // namespace

class VehicleRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void entries_data()
    {
        test::addColumns<QString, QString, QString, QString>({"kind", "field", "value", "refused"});
        QTest::newRow("complete") << "register" << "" << "" << "";
        QTest::newRow("no plate") << "register" << "plateNo" << "" << "plateNo";
        QTest::newRow("no storage") << "register" << "storagePlace" << "" << "storagePlace";
        QTest::newRow("bad use") << "register" << "use" << "rental" << "use";
        QTest::newRow("bad body") << "register" << "body" << "bus" << "body";
        QTest::newRow("unknown class") << "register" << "vehicleClass" << "tractor" << "vehicleClass";
        QTest::newRow("bad power") << "register" << "power" << "steam" << "power";
        QTest::newRow("bad economy") << "register" << "fuelEconomyLevel" << "75" << "fuelEconomyLevel";
        QTest::newRow("transfer in without town") << "transfer_in" << "" << "" << "previousTown";
        QTest::newRow("not an entry kind") << "deregister" << "" << "" << "changeKind";
    }
    void entries()
    {
        QFETCH(QString, kind);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, refused);
        VehicleInput in = car();
        if (field == QLatin1String("plateNo")) in.plateNo = value;
        if (field == QLatin1String("storagePlace")) in.storagePlace = value;
        if (field == QLatin1String("use")) in.facts.use = value;
        if (field == QLatin1String("body")) in.facts.body = value;
        if (field == QLatin1String("vehicleClass")) in.facts.vehicleClass = value;
        if (field == QLatin1String("power")) in.facts.power = value;
        if (field == QLatin1String("fuelEconomyLevel")) in.facts.fuelEconomyLevel = value;
        const auto refusal = entryRefusal(RateBook::builtIn(), kind, in, QDate(2025, 5, 1));
        QCOMPARE(refusal ? refusal->field() : QString(), refused);
    }

    void changes()
    {
        VehicleRecord current{7, 1, QStringLiteral("register"), true, QDate(2024, 5, 1), {}, {}, car()};
        VehicleInput to;
        to.ownerPartyNo = 100009;
        VehicleRecord next = applyChange(current, QStringLiteral("transfer_owner"), to, QDate(2025, 4, 2));
        QCOMPARE(next.historyNo, 2);
        QCOMPARE(next.fields.ownerPartyNo, qint64(100009));
        QCOMPARE(next.fields.plateNo, current.fields.plateNo);
        QCOMPARE(next.validFrom, QDate(2025, 4, 2));
        to.storagePlace = QStringLiteral("新町");
        next = applyChange(current, QStringLiteral("move_storage"), to, QDate(2025, 4, 2));
        QCOMPARE(next.fields.storagePlace, QStringLiteral("新町"));
        QCOMPARE(next.fields.ownerPartyNo, qint64(100001)); // a 定置場変更 keeps the owner
        to.reason = QStringLiteral("解体");
        next = applyChange(current, QStringLiteral("deregister"), to, QDate(2024, 5, 1)); // same day
        QVERIFY(!next.registered);
        QCOMPARE(next.fields.reason, QStringLiteral("解体"));
        const auto refusedWith = [&](const VehicleRecord &from, const char *kind, QDate date) {
            try {
                applyChange(from, QString::fromLatin1(kind), to, date);
            } catch (const core::Failure &e) {
                return e.code();
            }
            return QString();
        };
        QCOMPARE(refusedWith(next, "move_storage", QDate(2025, 1, 1)), QStringLiteral("light_vehicle_tax.state"));
        QCOMPARE(refusedWith(current, "move_storage", QDate(2024, 4, 30)), QStringLiteral("request.validation"));
        QCOMPARE(refusedWith(current, "register", QDate(2025, 1, 1)), QStringLiteral("request.validation"));
        to.ownerPartyNo = 0;
        QCOMPARE(refusedWith(current, "transfer_owner", QDate(2025, 1, 1)), QStringLiteral("request.validation"));
    }
};

QTEST_GUILESS_MAIN(VehicleRulesTest)
#include "vehiclerules_test.moc"
