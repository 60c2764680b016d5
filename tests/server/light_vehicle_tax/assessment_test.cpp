// 当初課税 (server/light_vehicle_tax/initialassessment.h) over real HTTPS on SQLite and PostgreSQL,
// with the real 収納管理 ledger: one 調定 per 納税義務者 × 車両 for the vehicles registered on
// 賦課期日 (a 名義変更 on 4月2日 stays with the former owner; one registered on 4月2日 or
// deregistered before 4月1日 owes nothing), the 課税台帳 totals per 車種区分, an idempotent re-run,
// 減免 (全額, 割合) and a late 廃車 dated before 4月1日 as 更正 (adjustments in the ledger, never a
// new 調定), the admin right, and the same run as `kikan-server light-vehicle-assess`. The route
// submits the run as a job (polled at /api/v1/jobs/{id}); a chunked run resumes from its checkpoint.
// 処理日 = 2025-06-02 (ManualClock).
#include "vehicletestkit.h"

#include "server/app/moduleset.h"
#include "server/assessment/assessmentledger.h"
#include "server/light_vehicle_tax/initialassessment.h"
#include "shared/api/light_vehicle_tax/errors.h"

#include <QTextStream>

namespace lvt = kikan::light_vehicle_tax;
using namespace kikan;
using test::u8;

class AssessmentTest : public test::VehicleFixture
{
    Q_OBJECT
public:
    using VehicleFixture::VehicleFixture;

private:
    QHash<QString, qint64> m_v;

    assessment::AssessmentLedger &ledger()
    {
        return m_server->app().context().services.get<assessment::AssessmentLedger>();
    }
    // The run as a job: it ends done, its progress reached every line of the 年度; its summary.
    QJsonObject run(int year = 2025)
    {
        const QJsonObject job = runAssessment(year);
        if (job[u"state"_s].toString() != u"done"_s || job[u"done"_s] != job[u"total"_s])
            qWarning("run did not finish: %s", QJsonDocument(job).toJson().constData());
        return job[u"result"_s].toObject();
    }
    std::optional<assessment::Assessment> assessmentOf(const QString &vehicle, qint64 party)
    {
        return ledger().findBySource(u"light_vehicle_tax:2025:vehicle:%1:party:%2"_s
                                         .arg(m_v.value(vehicle)).arg(party));
    }
    static QJsonObject classRow(const QJsonObject &summary, const QString &rateClass)
    {
        for (const QJsonValue &c : summary[u"classes"_s].toArray()) {
            if (c[u"rateClass"_s].toString() == rateClass)
                return c.toObject();
        }
        return {};
    }
    void add(const char *name, qint64 owner, const QString &date, const QJsonObject &facts)
    {
        m_v.insert(QString::fromLatin1(name),
                   vehicleId(registerVehicle(owner, u8("本町 さ ") + QString::fromLatin1(name), date, facts)));
    }

private slots:
    void initTestCase()
    {
        startWithParties();
        add("v1", m_resident, u"2024-05-01"_s, {});
        add("v2", m_company, u"2024-05-01"_s, {{"body", "cargo"}, {"use", "business"}, {"firstInspection", "2014-02"}});
        add("v3", m_outsider, u"2024-05-01"_s, {{"vehicleClass", "three_wheel"}, {"firstInspection", "2010-03"}});
        add("v4", m_resident, u"2024-10-01"_s, {{"power", "electric"}, {"firstInspection", "2024-09"}});
        add("v5", m_resident, u"2024-05-01"_s, {{"vehicleClass", "moped_class1"}, {"firstInspection", QJsonValue()}});
        add("v6", m_resident, u"2024-05-01"_s, {});
        add("v7", m_resident, u"2025-04-02"_s, {});
        add("v8", m_resident, u"2024-05-01"_s, {});
        for (const qint64 id : std::as_const(m_v))
            QVERIFY(id > 0);
        QCOMPARE(change(m_v["v6"], u"transfer-owner"_s, u"2025-04-02"_s, {{"ownerPartyNo", m_company}}).status, 200);
        QCOMPARE(change(m_v["v8"], u"deregister"_s, u"2025-03-15"_s, {{"reason", u8("解体")}}).status, 200);
    }
    void cleanupTestCase() { m_server.reset(); }

    void firstRunHandsOneAssessmentPerVehicleAndTaxpayer()
    {
        const QJsonObject s = run();
        QCOMPARE(s[u"created"_s].toInt(), 6);
        QCOMPARE(s[u"corrected"_s].toInt(), 0);
        QCOMPARE(s[u"total"_s][u"count"_s].toInt(), 6);
        QCOMPARE(s[u"total"_s][u"amount"_s].toInt(), 10800 + 3000 + 4600 + 2700 + 2000 + 10800);
        const QJsonObject passenger = classRow(s, u"four_wheel_passenger_private"_s);
        QCOMPARE(passenger[u"count"_s].toInt(), 3);
        QCOMPARE(passenger[u"amount"_s].toInt(), 24300);
        QCOMPARE(passenger[u"label"_s].toString(), u8("軽自動車 四輪 乗用 自家用"));
        QCOMPARE(classRow(s, u"three_wheel"_s)[u"amount"_s].toInt(), 4600);
        QCOMPARE(classRow(s, u"moped_class1"_s)[u"count"_s].toInt(), 1);

        QCOMPARE(ledger().ofYear(u"light_vehicle_tax"_s, 2025).size(), 6);
        const auto v1 = assessmentOf(u"v1"_s, m_resident);
        QVERIFY(v1);
        QCOMPARE(v1->input.amount.yen(), 10800);
        QCOMPARE(v1->input.dueDate, QDate(2025, 5, 31));
        QCOMPARE(v1->input.installment, 1);
        QCOMPARE(v1->input.subject, u"vehicle:%1"_s.arg(m_v["v1"]));
        QVERIFY(v1->input.noticeNo.startsWith(u"2025"_s));
        // 名義変更 on 4月2日: the former owner is the 納税義務者 of 令和7年度.
        QVERIFY(assessmentOf(u"v6"_s, m_resident));
        QVERIFY(!assessmentOf(u"v6"_s, m_company));
        QVERIFY(!assessmentOf(u"v7"_s, m_resident));
        QVERIFY(!assessmentOf(u"v8"_s, m_resident));
        // The vehicle's 照会 lists its line.
        const QJsonArray levies = get(vehicles() + u"/%1"_s.arg(m_v["v1"])).json()[u"levies"_s].toArray();
        QCOMPARE(levies.size(), 1);
        QCOMPARE(levies[0][u"amount"_s].toInt(), 10800);
    }

    void reRunChangesNothing()
    {
        const QJsonObject s = run();
        QCOMPARE(s[u"created"_s].toInt(), 0);
        QCOMPARE(s[u"unchanged"_s].toInt(), 6);
        QCOMPARE(s[u"corrected"_s].toInt(), 0);
        QCOMPARE(ledger().ofYear(u"light_vehicle_tax"_s, 2025).size(), 6);
        QCOMPARE(assessmentOf(u"v1"_s, m_resident)->version, 0);
    }

    void reductionsAreCorrections()
    {
        QJsonObject body{{"vehicleId", m_v["v1"]}, {"fiscalYear", 2025}, {"reason", "disability"},
                         {"mode", "full"}, {"appliedOn", "2025-05-10"}, {"decidedOn", "2025-05-20"}};
        QCOMPARE(post(u"/api/v1/light-vehicle-tax/reductions"_s, body).status, 201);
        body.insert("vehicleId", m_v["v2"]);
        body.insert("mode", "ratio");
        body.insert("ratio", "0.5");
        QCOMPARE(post(u"/api/v1/light-vehicle-tax/reductions"_s, body).status, 201);
        body.insert("reason", "friendship");
        const test::HttpReply bad = post(u"/api/v1/light-vehicle-tax/reductions"_s, body);
        QCOMPARE(bad.code(), QString::fromLatin1(api::err::LightVehicleReductionReason));

        const QJsonObject s = run();
        QCOMPARE(s[u"created"_s].toInt(), 0);
        QCOMPARE(s[u"corrected"_s].toInt(), 2);
        QCOMPARE(s[u"unchanged"_s].toInt(), 4);
        QCOMPARE(ledger().ofYear(u"light_vehicle_tax"_s, 2025).size(), 6); // no new 調定
        const auto v1 = assessmentOf(u"v1"_s, m_resident);
        QCOMPARE(v1->input.amount.yen(), 0);
        QCOMPARE(v1->version, 1); // one adjustment
        QCOMPARE(assessmentOf(u"v2"_s, m_company)->input.amount.yen(), 1500);
        QCOMPARE(classRow(s, u"four_wheel_passenger_private"_s)[u"reduction"_s].toInt(), 10800);
        QCOMPARE(s[u"total"_s][u"count"_s].toInt(), 6); // a full 減免 stays on the 課税台帳
    }

    void lateDeregistrationBeforeAprilFirstIsCorrectedToZero()
    {
        QCOMPARE(change(m_v["v3"], u"deregister"_s, u"2025-03-31"_s, {{"reason", u8("解体")}}).status, 200);
        const QJsonObject s = run();
        QCOMPARE(s[u"corrected"_s].toInt(), 1);
        QCOMPARE(assessmentOf(u"v3"_s, m_outsider)->input.amount.yen(), 0);
        QVERIFY(classRow(s, u"three_wheel"_s).isEmpty());
        QCOMPARE(s[u"total"_s][u"count"_s].toInt(), 5);
        // Totals read without a run are the same.
        const QJsonObject totals = get(u"/api/v1/light-vehicle-tax/assessments/2025"_s).json();
        QCOMPARE(totals[u"total"_s], s[u"total"_s]);
    }

    void commandRunsTheSameBatch()
    {
        const auto command = m_server->app().modules().command(u"light-vehicle-assess"_s);
        QVERIFY(command);
        QString printed, complaint;
        QTextStream out(&printed), err(&complaint);
        QCOMPARE(command->run(m_server->app().context(), {u"2025"_s}, out, err), 0);
        out.flush();
        QVERIFY2(printed.contains(u8("新規 0 件")), qPrintable(printed));
        QVERIFY(printed.contains(u8("更正 0 件")));
        QCOMPARE(command->run(m_server->app().context(), {}, out, err), 2);
        QCOMPARE(command->run(m_server->app().context(), {u"2015"_s}, out, err), 1);
    }

    // The job's chunks: a run stopped after its first committed chunk (as a crash leaves it) resumes
    // from the checkpoint it reported, writes each line once, and its progress reaches the total.
    void chunkedRunResumesFromItsCheckpoint()
    {
        core::ServerContext &ctx = m_server->app().context();
        const core::Actor actor = core::Actor::system();
        lvt::RunProgress first;
        first.chunk = 2;
        first.report = [&first](qint64, qint64, const lvt::RunSummary &soFar) {
            first.resumeFrom = soFar;
            throw std::runtime_error("crash after the first chunk");
        };
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, lvt::runInitialAssessment(ctx, actor, 2026, first));
        QCOMPARE(first.resumeFrom.created, 2);
        QCOMPARE(ledger().ofYear(u"light_vehicle_tax"_s, 2026).size(), 2);

        lvt::RunProgress resumed{first.resumeFrom, 2, {}};
        QList<QPair<qint64, qint64>> reports;
        resumed.report = [&reports](qint64 done, qint64 total, const lvt::RunSummary &) {
            reports.append({done, total});
        };
        const lvt::RunSummary s = lvt::runInitialAssessment(ctx, actor, 2026, resumed);
        QCOMPARE(s.runId, first.resumeFrom.runId);
        QCOMPARE(s.unchanged, 0);
        QCOMPARE(qint64(s.created), reports.last().second);
        QCOMPARE(reports.last().first, reports.last().second);
        QCOMPARE(ledger().ofYear(u"light_vehicle_tax"_s, 2026).size(), s.created);
        QCOMPARE(run(2026)[u"created"_s].toInt(), 0); // and the job re-run changes nothing
    }

    void refusals()
    {
        const test::HttpReply early = post(u"/api/v1/light-vehicle-tax/assessments/2015/run"_s, {});
        QCOMPARE(early.status, 422);
        QCOMPARE(early.code(), QString::fromLatin1(api::err::LightVehicleNoRateTable));
        QCOMPARE(m_server->client().post(u"/api/v1/light-vehicle-tax/assessments/2025/run"_s, {},
                                         m_viewer).status, 403);
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<AssessmentTest>(argc, argv);
}

#include "assessment_test.moc"
