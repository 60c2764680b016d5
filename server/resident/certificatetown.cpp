// The town on certificates (certificateissue.h certificateTown): resources/town/town.json is the
// one source of the town's name, 町長 and 認証文; the 町字 names are the registry's code table
// (resources/resident/town-areas.json), the same table the 町字 codes in resident_records are
// checked against — for a town's own database and a demo-town database alike (the demo town is
// the same 琴浦町 with the same 町字 codes; test_resident_townsource keeps the files in step).
#include "certificateissue.h"

#include "codetables.h"

namespace kikan::resident {

TownData certificateTown()
{
    TownData town = TownData::load();
    for (const TownArea &a : CodeTables::instance().townAreas())
        town.townAreas.insert(a.code, a.name);
    return town;
}

} // namespace kikan::resident
