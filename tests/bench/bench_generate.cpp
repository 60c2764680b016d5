// bench_generate (issue 7): residents per second of the demo town generator (docs/demo-town.md)
// into a fresh, migrated SQLite file (and a throwaway PostgreSQL 15 with --postgres).
// Goal: 1,000,000 residents in ≤ 120 s on SQLite; without --full the time at 1,000,000 is a
// linear projection from the largest size run, and says so.
//   bench_generate [sizes…] [--full] [--postgres] [--years 5]
#include "benchkit.h"

#include "server/resident/demotown/generator.h"
#include "server/store/database.h"
#include "server/store/migrations.h"
#include "tests/support/pgcluster.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace kikan;
namespace b = kikan::bench;
namespace dt = kikan::resident::demotown;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const b::Args args(argc, argv);
    const QList<int> sizes = args.townSizes();
    const int years = args.intOption(QStringLiteral("--years"), 5);
    const bool postgres = args.flag(QStringLiteral("--postgres"));
    std::unique_ptr<test::PgCluster> pg;
    if (postgres)
        pg = std::make_unique<test::PgCluster>();
    QJsonObject figs;
    QList<b::Goal> goals;
    for (const QString &store : postgres ? QStringList{"sqlite", "postgresql"}
                                        : QStringList{"sqlite"}) {
        QJsonArray runs;
        double lastSeconds = 0;
        int lastSize = 0;
        for (int residents : sizes) {
            QTemporaryDir dir;
            store::StoreConfig config;
            if (store == QLatin1String("postgresql")) {
                const QString name = QStringLiteral("gen%1").arg(residents);
                pg->createDatabase(name);
                config = pg->storeConfig(name);
            } else {
                config.sqlitePath = dir.path() + QStringLiteral("/kikan.sqlite");
            }
            store::Database db(config);
            store::Migrator(db).migrate();
            dt::markDemoDatabase(db);
            dt::GenerateOptions options;
            options.residents = residents;
            options.years = years;
            options.seed = 1;
            const dt::GenerateReport r = dt::generate(db, options);
            const double seconds = r.buildSeconds + r.writeSeconds;
            // The town is one transaction: most of it is still in the WAL file.
            const double fileMb = store == QLatin1String("sqlite")
                ? double(QFileInfo(config.sqlitePath).size()
                         + QFileInfo(config.sqlitePath + QStringLiteral("-wal")).size()) / 1048576
                : 0;
            std::printf("%-10s %9d residents %2d y: build %6.1f s, write %6.1f s, total %6.1f s"
                        " = %8.0f residents/s, %9lld rows (%8.0f rows/s)%s\n",
                        qPrintable(store), residents, years, r.buildSeconds, r.writeSeconds,
                        seconds, residents / seconds, r.rowsWritten,
                        double(r.rowsWritten) / std::max(r.writeSeconds, 0.001),
                        fileMb > 0 ? qPrintable(QStringLiteral(", file %1 MB")
                                                    .arg(b::fmt(fileMb, 0))) : "");
            std::fflush(stdout);
            runs.append(QJsonObject{{QStringLiteral("residents"), residents},
                                    {QStringLiteral("years"), years},
                                    {QStringLiteral("buildSeconds"), r.buildSeconds},
                                    {QStringLiteral("writeSeconds"), r.writeSeconds},
                                    {QStringLiteral("residentsPerSecond"), residents / seconds},
                                    {QStringLiteral("rowsWritten"), r.rowsWritten},
                                    {QStringLiteral("fileMb"), fileMb},
                                    {QStringLiteral("peakRssMb"),
                                     double(b::procStatusKb("VmHWM")) / 1024}});
            lastSeconds = seconds;
            lastSize = residents;
        }
        figs.insert(store, runs);
        if (store == QLatin1String("sqlite") && lastSize > 0) {
            const bool projected = lastSize != 1000000;
            goals << b::Goal{QStringLiteral("generate 1,000,000 residents on SQLite (%1 y)")
                                 .arg(years),
                             lastSeconds * 1000000.0 / lastSize, 120, QStringLiteral("s"),
                             projected ? QStringLiteral("linear projection from %L1 residents; "
                                                        "run --full").arg(lastSize)
                                       : QString()};
        }
    }
    b::record(QStringLiteral("generate"), figs, goals);
    return 0;
}
