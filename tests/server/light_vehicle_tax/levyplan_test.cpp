// The pure plan of a 当初課税 run (server/light_vehicle_tax/levy.h): new lines, unchanged lines, a
// 更正 when the amount changes (減免), a line no longer owed corrected to 0 (once), and the totals
// per 車種区分.
#include "server/light_vehicle_tax/levy.h"

#include <QTest>

using namespace kikan;
using namespace kikan::light_vehicle_tax;

namespace {
VehicleRecord vehicle(qint64 id, qint64 owner, const char *cls, YearMonth first = {2018, 6})
{
    VehicleRecord r;
    r.vehicleId = id;
    r.fields.ownerPartyNo = owner;
    r.fields.facts = {QString::fromLatin1(cls), QStringLiteral("private"), QStringLiteral("passenger"),
                      first, QStringLiteral("gasoline"), {}, true};
    return r;
}

Levy recorded(const Levy &planned, qint64 id)
{
    Levy l = planned;
    l.id = id;
    l.assessmentId = id * 10;
    return l;
}
} // namespace

class LevyPlanTest : public QObject
{
    Q_OBJECT

private slots:
    void planAndReplan()
    {
        const RateBook &book = RateBook::builtIn();
        const QList<VehicleRecord> day{vehicle(1, 100, "four_wheel"), vehicle(2, 101, "moped_class1"),
                                       vehicle(3, 102, "three_wheel", {2009, 1})};
        LevyPlan first = planLevies(book, 2025, day, {}, {});
        QCOMPARE(first.create.size(), 3);
        QCOMPARE(first.create[0].amount.yen(), 10800);
        QCOMPARE(first.create[2].rate.column, QStringLiteral("heavy"));
        QList<Levy> existing;
        for (int i = 0; i < first.create.size(); ++i)
            existing.append(recorded(first.create[i], i + 1));

        // The same facts again: nothing to do.
        const LevyPlan again = planLevies(book, 2025, day, {}, existing);
        QVERIFY(again.create.isEmpty() && again.correct.isEmpty());
        QCOMPARE(again.unchanged, 3);

        // A 減免 of half for vehicle 1, vehicle 3 gone, vehicle 2 sold before 4月1日 (new owner).
        QHash<qint64, ReductionDecision> reductions{
            {1, {QStringLiteral("ratio"), core::Rate::fraction(1, 2), {}}}};
        const QList<VehicleRecord> later{vehicle(1, 100, "four_wheel"), vehicle(2, 109, "moped_class1")};
        const LevyPlan plan = planLevies(book, 2025, later, reductions, existing);
        QCOMPARE(plan.create.size(), 1);
        QCOMPARE(plan.create[0].taxpayerPartyNo, qint64(109));
        QCOMPARE(plan.correct.size(), 3); // 1 reduced; 2 (old owner) and 3 to 0
        QCOMPARE(plan.correct[0].first.vehicleId, qint64(1));
        QCOMPARE(plan.correct[0].second.yen(), 5400);
        QCOMPARE(plan.correct[0].first.reduction.yen(), 5400);
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(plan.correct[i].second.yen(), 0);
            QCOMPARE(plan.correct[i].first.rate.amount.yen(), 0);
        }

        // Totals: a line at 0 that is not owed is left out; a reduced one stays.
        QList<Levy> now = existing;
        now[0].reduction = core::Money::ofYen(5400);
        now[0].amount = core::Money::ofYen(5400);
        now[2].rate.amount = core::Money();
        now[2].amount = core::Money();
        const auto totals = totalsByClass(now);
        QCOMPARE(totals.size(), 2);
        QCOMPARE(totals.value(QStringLiteral("four_wheel_passenger_private")).amount.yen(), 5400);
        QCOMPARE(totals.value(QStringLiteral("four_wheel_passenger_private")).reduction.yen(), 5400);
        QCOMPARE(totals.value(QStringLiteral("moped_class1")).count, 1);
        // Replanning over a line already at 0 and not owed leaves it alone.
        const LevyPlan settled = planLevies(book, 2025, {vehicle(1, 100, "four_wheel")}, reductions,
                                            {now[0], now[2]});
        QVERIFY(settled.correct.isEmpty());
        QCOMPARE(settled.unchanged, 2);
        QCOMPARE(sourceKeyOf(now[0]), QStringLiteral("light_vehicle_tax:2025:vehicle:1:party:100"));
    }
};

QTEST_GUILESS_MAIN(LevyPlanTest)
#include "levyplan_test.moc"
