// Writes a built demo town into the registry tables in bulk through store::BulkInsert (SQLite C
// API binding; multi-row INSERTs on PostgreSQL), one transaction (all or nothing). Into empty
// tables the secondary indexes are created after the rows (store::DeferredIndexes). Numbers
// continue from number_sequences (宛名番号, 世帯番号, 届出番号); change ids follow the highest one
// present.
#pragma once

#include "town.h"

#include <QtGlobal>

namespace kikan::store {
class Database;
}

namespace kikan::resident::demotown {

struct WriteCounts {
    qint64 parties = 0, households = 0, changes = 0, records = 0, versions = 0;
    qint64 total() const { return parties + households + changes + records + versions; }
};

WriteCounts writeTown(store::Database &database, const Town &town, const TownData &data,
                      quint64 seed);

} // namespace kikan::resident::demotown
