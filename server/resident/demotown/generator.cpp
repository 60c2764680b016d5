// generate(): the guard (demo database only, empty unless --force), the build and the write.
#include "generator.h"

#include "town.h"
#include "townwriter.h"

#include "server/store/database.h"
#include "server/core/dates.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <stdexcept>

namespace kikan::resident::demotown {

bool isDemoDatabase(store::Database &database)
{
    QSqlQuery q = store::exec(database.connection(),
                              QStringLiteral("SELECT value FROM server_settings WHERE name = ?"),
                              {QLatin1String(kDemoSetting)});
    return q.next() && q.value(0).toString() == QLatin1String("true");
}

void markDemoDatabase(store::Database &database)
{
    store::exec(database.connection(),
                QStringLiteral("INSERT INTO server_settings (name, value, updated_at) VALUES "
                               "(?, 'true', ?) ON CONFLICT (name) DO UPDATE SET value = "
                               "excluded.value, updated_at = excluded.updated_at"),
                {QLatin1String(kDemoSetting),
                 core::timestamp(QDateTime::currentDateTimeUtc())});
}

GenerateReport generate(store::Database &database, const GenerateOptions &options)
{
    GenerateReport report;
    if (!isDemoDatabase(database))
        throw std::runtime_error(
            "このデータベースはデモ用・試験用の印がないため、デモの町を作りません"
            "（本番のデータを守るため。新しいデータフォルダで kikan-server init --demo を実行"
            "してください）");
    qint64 existing = 0;
    {
        // Scoped: an unfinished statement on resident_records would keep the bulk load from
        // dropping its indexes ("database table is locked").
        QSqlQuery q = store::exec(database.connection(),
                                  QStringLiteral("SELECT COUNT(*) FROM resident_records"));
        existing = q.next() ? q.value(0).toLongLong() : 0;
    }
    if (existing > 0 && options.ifEmpty) {
        report.skipped = true;
        return report;
    }
    if (existing > 0 && !options.force)
        throw std::runtime_error("住民記録がすでにあります（" + std::to_string(existing)
                                 + " 行）。さらに町を加えるときは --force を付けてください");

    QElapsedTimer timer;
    timer.start();
    const TownData data = TownData::load(options.configFile);
    const int residents = options.residents > 0 ? options.residents : data.defaultResidents;
    const int years = options.years >= 0 ? options.years : data.defaultYears;
    const qint64 seed = options.seed >= 0 ? options.seed : data.defaultSeed;
    const QDate asOf = options.asOf.isValid() ? options.asOf : data.defaultAsOf;
    const Town town = buildTown(data, residents, years, quint64(seed), asOf);
    report.buildSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const WriteCounts counts = writeTown(database, town, data, quint64(seed));
    report.writeSeconds = double(timer.nsecsElapsed()) / 1e9;
    report.living = town.livingCount();
    report.people = qint64(town.people.size());
    for (const Household &h : town.households)
        report.households += h.members.empty() ? 0 : 1;
    report.changes = counts.changes;
    report.records = counts.records;
    report.rowsWritten = counts.total();
    return report;
}

} // namespace kikan::resident::demotown
