// The town on certificates (certificateroutes.h certificateTown): one source for the 町字 names,
// matching the codes in resident_records. The demo town (琴浦町-shaped, 団体コード 313718) writes
// its own 町字 codes (resources/demotown/town-areas.tsv), which the registry's table names
// differently; its 町長 is the fictitious name of town.json, never a real person's.
#include "certificateroutes.h"

#include "codetables.h"
#include "server/resident/demotown/generator.h"
#include "server/resident/demotown/towndata.h"

namespace kikan::resident {

namespace {
// Loaded once: the demo town's TSV files are large and do not change while the server runs.
const demotown::TownData &demoTown()
{
    static const demotown::TownData town = demotown::TownData::load();
    return town;
}
} // namespace

TownData certificateTown(app::ServerContext &context)
{
    TownData town = TownData::load();
    if (demotown::isDemoDatabase(context.database)) {
        const demotown::TownData &demo = demoTown();
        town.prefecture = demo.prefecture;
        town.municipality = demo.county + demo.municipality;
        town.issuerTitle = demo.municipality + QStringLiteral("長");
        // As the generator prints an address (TownData::addressPrefix): 大字 + 町字.
        for (const demotown::TownArea &a : demo.areas)
            town.townAreas.insert(a.code, QStringLiteral("大字") + a.name);
        return town;
    }
    const CodeTables &tables = CodeTables::instance();
    const QJsonObject areas = tables.townAreasJson();
    town.prefecture = areas.value(QStringLiteral("prefecture")).toString(town.prefecture);
    town.municipality = areas.value(QStringLiteral("municipality")).toString(town.municipality);
    for (const TownArea &a : tables.townAreas())
        town.townAreas.insert(a.code, a.name);
    return town;
}

} // namespace kikan::resident
