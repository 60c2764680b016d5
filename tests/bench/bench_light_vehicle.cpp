// bench_light_vehicle (issue 12): 当初課税 of a 年度 for a register of N light vehicles (100,000
// by default) in an in-process server (tests/support/TestServer: real store, real 収納管理 ledger):
// the vehicles are written straight through the register's store in one transaction (the demo
// town's mix of classes and 初度検査年月, seed 1), then runInitialAssessment is timed in the job's
// chunks (assessmentjob.h) — the first run (every 調定 created) and a re-run (nothing changes). Goal: the first run ≤ 30 s. Then the
// 納税通知書 batch PDF (notice.h) of a register with one vehicle per taxpayer, timed in pages per
// second. Goal: ≥ 30 pages/s.
//   bench_light_vehicle [vehicles (100000)] [--notices 10000] [--postgres]
#include "benchkit.h"

#include "server/light_vehicle_tax/assessmentjob.h"
#include "server/light_vehicle_tax/demodata.h"
#include "server/light_vehicle_tax/initialassessment.h"
#include "server/light_vehicle_tax/notice.h"
#include "server/light_vehicle_tax/vehiclestore.h"
#include "server/party/partyregistry.h"
#include "server/store/database.h"
#include "tests/support/testserver.h"

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace kikan;
using namespace kikan::light_vehicle_tax;
namespace b = kikan::bench;
using kikan::test::TestServer;

namespace {
// `vehicles` vehicles; with `ownerEach` every one has its own owner (one notice each).
void writeRegister(TestServer &server, int vehicles, bool ownerEach = false)
{
    core::ServerContext &ctx = server.app().context();
    auto &numbers = ctx.services.get<party::PartyNumbers>();
    QRandomGenerator rng(1);
    store::Transaction tx(ctx.database);
    QList<qint64> owners;
    for (int i = 0; i < (ownerEach ? vehicles : vehicles / 2 + 1); ++i)
        owners << numbers.allocate(tx.db(), QStringLiteral("non_resident"), QStringLiteral("bench"));
    for (int i = 0; i < vehicles; ++i) {
        VehicleRecord r;
        r.vehicleId = insertVehicle(tx.db(), QStringLiteral("bench"));
        r.historyNo = 1;
        r.changeKind = QStringLiteral("register");
        r.validFrom = QDate(2024, 4, 1);
        r.recordedAt = QStringLiteral("bench");
        r.fields.plateNo = QStringLiteral("本町 %1").arg(i);
        r.fields.facts = demoFacts(rng);
        r.fields.ownerPartyNo = ownerEach ? owners[i] : owners[int(rng.bounded(owners.size()))];
        r.fields.storagePlace = QStringLiteral("本町");
        insertRecord(tx.db(), r, 0);
    }
    tx.commit();
}

double timedRun(TestServer &server, RunSummary &summary)
{
    core::Actor actor = core::Actor::system(QStringLiteral("bench"));
    QElapsedTimer t;
    t.start();
    // As the job runs it: chunks of AssessmentJob::ChunkLines lines, each committed and reported.
    RunProgress progress;
    progress.chunk = AssessmentJob::ChunkLines;
    progress.report = [](qint64, qint64, const RunSummary &) {};
    summary = runInitialAssessment(server.app().context(), actor, 2025, progress);
    return t.nsecsElapsed() / 1e9;
}
} // namespace

// Seconds to render the 納税通知書 batch of `notices` taxpayers.
double timedNotices(bool postgres, int notices, int &pages)
{
    TestServer server(postgres ? TestServer::Store::Postgres : TestServer::Store::Sqlite);
    writeRegister(server, notices, true);
    RunSummary summary;
    timedRun(server, summary);
    QElapsedTimer t;
    t.start();
    const QByteArray pdf = noticesPdf(server.app().context(), core::Actor::system(QStringLiteral("bench")),
                                      2025, 0);
    const double seconds = t.nsecsElapsed() / 1e9;
    pages = pdf.isEmpty() ? 0 : notices; // one vehicle per taxpayer: one page each
    return seconds;
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the notices
    const b::Args args(argc, argv);
    const int vehicles = args.numbers().value(0, 100000);
    const bool postgres = args.flag(QStringLiteral("--postgres"));
    TestServer server(postgres ? TestServer::Store::Postgres : TestServer::Store::Sqlite);
    QElapsedTimer t;
    t.start();
    writeRegister(server, vehicles);
    const double written = t.nsecsElapsed() / 1e9;
    RunSummary first, again;
    const double firstSeconds = timedRun(server, first);
    const double againSeconds = timedRun(server, again);
    qint64 total = 0;
    for (const ClassTotal &c : std::as_const(first.totals))
        total += c.amount.yen();
    const char *store = postgres ? "PostgreSQL" : "SQLite";
    std::printf("当初課税 %d vehicles (%s): register written in %.1f s; first run %.1f s (%d 調定, "
                "%lld 円); re-run %.1f s (%d unchanged, %d created); load %s\n",
                vehicles, store, written, firstSeconds, first.created, total, againSeconds,
                again.unchanged, again.created, qPrintable(b::loadAverage()));
    QJsonObject figs{{QStringLiteral("vehicles"), vehicles},
                     {QStringLiteral("store"), QString::fromLatin1(store)},
                     {QStringLiteral("firstRunSeconds"), firstSeconds},
                     {QStringLiteral("reRunSeconds"), againSeconds},
                     {QStringLiteral("assessments"), first.created},
                     {QStringLiteral("totalYen"), total}};
    const int notices = args.intOption(QStringLiteral("--notices"), 10000);
    int pages = 0;
    const double noticeSeconds = timedNotices(postgres, notices, pages);
    const double pagesPerSecond = noticeSeconds > 0 ? pages / noticeSeconds : 0;
    std::printf("納税通知書 %d taxpayers: %d pages in %.1f s = %.1f pages/s; load %s\n", notices,
                pages, noticeSeconds, pagesPerSecond, qPrintable(b::loadAverage()));
    figs.insert(QStringLiteral("noticePages"), pages);
    figs.insert(QStringLiteral("noticeSeconds"), noticeSeconds);
    figs.insert(QStringLiteral("noticePagesPerSecond"), pagesPerSecond);
    // A goal "≥ 30 pages/s" as a "≤" goal: seconds per 1,000 pages ≤ 33.3.
    b::record(QStringLiteral("light_vehicle"), figs,
              {b::Goal{QStringLiteral("当初課税 %1 vehicles (%2)").arg(vehicles).arg(QString::fromLatin1(store)),
                       firstSeconds, 30, QStringLiteral("s"),
                       vehicles == 100000 ? QString() : QStringLiteral("measured at %1").arg(vehicles)},
               b::Goal{QStringLiteral("納税通知書 batch PDF, seconds per 1,000 pages (≥ 30 pages/s)"),
                       pagesPerSecond > 0 ? 1000.0 / pagesPerSecond : 1e9, 1000.0 / 30, QStringLiteral("s"),
                       notices == 10000 ? QString() : QStringLiteral("measured with %1 taxpayers").arg(notices)}});
    return 0;
}
