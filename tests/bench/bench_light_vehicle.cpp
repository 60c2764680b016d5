// bench_light_vehicle (issue 12): 当初課税 of a 年度 for a register of N light vehicles (100,000
// by default) in an in-process server (tests/support/TestServer: real store, real 収納管理 ledger):
// the vehicles are written straight through the register's store in one transaction (a realistic
// mix of classes and 初度検査年月, seed 1), then runInitialAssessment is timed — the first run
// (every 調定 created) and a re-run (nothing changes). Goal: the first run ≤ 30 s.
//   bench_light_vehicle [vehicles (100000)] [--postgres]
#include "benchkit.h"

#include "server/light_vehicle_tax/initialassessment.h"
#include "server/light_vehicle_tax/vehiclestore.h"
#include "server/party/partyregistry.h"
#include "server/store/database.h"
#include "tests/support/testserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace kikan;
using namespace kikan::light_vehicle_tax;
namespace b = kikan::bench;
using kikan::test::TestServer;

namespace {
// Class mix of a small town's register (軽四輪 乗用 自家用 the most) [rough, for the bench].
VehicleFacts randomFacts(QRandomGenerator &rng)
{
    struct Mix {
        int weight;
        const char *cls, *body, *use;
    };
    static const Mix mix[] = {{52, "four_wheel", "passenger", "private"},
                              {18, "four_wheel", "cargo", "private"},
                              {4, "four_wheel", "cargo", "business"},
                              {2, "four_wheel", "passenger", "business"},
                              {1, "three_wheel", "", ""},
                              {10, "moped_class1", "", ""},
                              {3, "moped_class2a", "", ""},
                              {4, "light_motorcycle", "", ""},
                              {2, "small_motorcycle", "", ""},
                              {4, "small_special_farm", "", ""}};
    int pick = int(rng.bounded(100));
    const Mix *m = &mix[0];
    for (const Mix &candidate : mix) {
        m = &candidate;
        if ((pick -= candidate.weight) < 0)
            break;
    }
    static const char *powers[] = {"gasoline", "gasoline", "gasoline", "hybrid", "electric"};
    VehicleFacts f{QString::fromLatin1(m->cls), QString::fromLatin1(m->use),
                   QString::fromLatin1(m->body), {}, QString::fromLatin1(powers[rng.bounded(5)]),
                   {}, true};
    if (f.isThreeOrFourWheel())
        f.firstInspection = {2005 + int(rng.bounded(20)), 1 + int(rng.bounded(12))};
    return f;
}

void writeRegister(TestServer &server, int vehicles)
{
    core::ServerContext &ctx = server.app().context();
    auto &numbers = ctx.services.get<party::PartyNumbers>();
    QRandomGenerator rng(1);
    store::Transaction tx(ctx.database);
    QList<qint64> owners;
    for (int i = 0; i < vehicles / 2 + 1; ++i)
        owners << numbers.allocate(tx.db(), QStringLiteral("non_resident"), QStringLiteral("bench"));
    for (int i = 0; i < vehicles; ++i) {
        VehicleRecord r;
        r.vehicleId = insertVehicle(tx.db(), QStringLiteral("bench"));
        r.historyNo = 1;
        r.changeKind = QStringLiteral("register");
        r.validFrom = QDate(2024, 4, 1);
        r.recordedAt = QStringLiteral("bench");
        r.fields.plateNo = QStringLiteral("本町 %1").arg(i);
        r.fields.facts = randomFacts(rng);
        r.fields.ownerPartyNo = owners[int(rng.bounded(owners.size()))];
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
    summary = runInitialAssessment(server.app().context(), actor, 2025);
    return t.nsecsElapsed() / 1e9;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
    b::record(QStringLiteral("light_vehicle"), figs,
              {b::Goal{QStringLiteral("当初課税 %1 vehicles (%2)").arg(vehicles).arg(QString::fromLatin1(store)),
                       firstSeconds, 30, QStringLiteral("s"),
                       vehicles == 100000 ? QString() : QStringLiteral("measured at %1").arg(vehicles)}});
    return 0;
}
