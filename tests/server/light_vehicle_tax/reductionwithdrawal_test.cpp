// 減免の取消 (initialassessment.h withdrawReduction) over real HTTPS on SQLite and PostgreSQL with
// the real 収納管理 ledger: a full 減免 leaves the line at 調定額 0; withdrawing it is recorded and
// 更正s the line to the whole tax (an adjustment, the same 調定, not a new one); a second
// withdrawal and an unknown decision are refused and logged; a withdrawal before 当初課税 only
// records (the first run then assesses the whole tax).
#include "vehicletestkit.h"

#include <QJsonArray>

#include "shared/api/light_vehicle_tax/errors.h"

using namespace kikan;
using test::u8;

class ReductionWithdrawalTest : public test::VehicleFixture
{
    Q_OBJECT
public:
    using VehicleFixture::VehicleFixture;

private:
    qint64 m_car = 0;

    qint64 reduce(qint64 vehicle, int year)
    {
        const test::HttpReply r = post(u"/api/v1/light-vehicle-tax/reductions"_s,
                                       {{"vehicleId", vehicle}, {"fiscalYear", year},
                                        {"reason", "disability"}, {"mode", "full"},
                                        {"appliedOn", "2025-04-10"}, {"decidedOn", "2025-04-20"}});
        return r.status == 201 ? r.json()[u"reductionId"_s].toInteger() : 0;
    }
    test::HttpReply withdraw(qint64 reduction)
    {
        return post(u"/api/v1/light-vehicle-tax/reductions/%1/withdraw"_s.arg(reduction),
                    {{"withdrawnOn", "2025-06-02"}, {"reason", u8("要件を満たさなくなったため")}});
    }
    QJsonObject levy(qint64 vehicle, int year)
    {
        for (const QJsonValue &l : get(vehicles() + u"/%1"_s.arg(vehicle)).json()[u"levies"_s].toArray()) {
            if (l[u"fiscalYear"_s].toInt() == year)
                return l.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        startWithParties();
        m_car = vehicleId(registerVehicle(m_resident, u8("本町 げ 1"), u"2024-05-01"_s));
        QVERIFY(m_car);
    }
    void cleanupTestCase() { m_server.reset(); }

    void withdrawalCorrectsTheLine()
    {
        const qint64 reduction = reduce(m_car, 2025);
        QVERIFY(reduction);
        QCOMPARE(runAssessment()[u"state"_s].toString(), u"done"_s);
        const QJsonObject before = levy(m_car, 2025);
        QCOMPARE(before[u"amount"_s].toInteger(), 0);
        QCOMPARE(before[u"reduction"_s].toInteger(), 10800);

        const test::HttpReply r = withdraw(reduction);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"reassessed"_s].toBool(), true);
        QCOMPARE(r.json()[u"assessment"_s][u"corrected"_s].toInt(), 1);
        QCOMPARE(r.json()[u"assessment"_s][u"created"_s].toInt(), 0);
        const QJsonObject after = levy(m_car, 2025);
        QCOMPARE(after[u"amount"_s].toInteger(), 10800);
        QCOMPARE(after[u"reduction"_s].toInteger(), 0);
        QCOMPARE(after[u"assessmentId"_s].toInteger(), before[u"assessmentId"_s].toInteger());
        QCOMPARE(test::auditRows(*m_server, u"event = 'light_vehicle_tax.reduction_withdraw'"_s, {}, 1), 1);

        const test::HttpReply again = withdraw(reduction);
        QCOMPARE(again.status, 422);
        QCOMPARE(again.code(), QString::fromLatin1(api::err::LightVehicleState));
        QCOMPARE(withdraw(987654).code(), QString::fromLatin1(api::err::LightVehicleReductionNotFound));
        QCOMPARE(test::auditRows(*m_server, u"event = 'light_vehicle_tax.reduction_withdraw'"_s, {}, 0), 2);
    }

    void withdrawalBeforeAssessmentOnlyRecords()
    {
        const qint64 reduction = reduce(m_car, 2026);
        const test::HttpReply r = withdraw(reduction);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"reassessed"_s].toBool(), false);
        QVERIFY(levy(m_car, 2026).isEmpty());
    }

    // What the 減免 screens read: the vehicle's decisions in its 照会 (newest 年度 first, withdrawn
    // ones with their date) and the reasons of the rate file.
    void vehicleListsItsReductionsAndTheReasonsAreRead()
    {
        const QJsonArray list = get(vehicles() + u"/%1"_s.arg(m_car)).json()[u"reductions"_s].toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0][u"fiscalYear"_s].toInt(), 2026);
        QCOMPARE(list[1][u"fiscalYear"_s].toInt(), 2025);
        QCOMPARE(list[1][u"reason"_s].toString(), u"disability"_s);
        QVERIFY(list[1][u"reasonLabel"_s].toString().contains(u8("障害者")));
        QVERIFY(!list[1][u"withdrawnOn"_s].toString().isEmpty());
        const QJsonArray reasons = get(u"/api/v1/light-vehicle-tax/reductions/reasons"_s).json()[u"reasons"_s].toArray();
        QVERIFY(reasons.size() >= 2);
        QCOMPARE(reasons[0][u"code"_s].toString(), u"disability"_s);
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<ReductionWithdrawalTest>(argc, argv);
}

#include "reductionwithdrawal_test.moc"
