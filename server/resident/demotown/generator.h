// The demo town generator (docs/demo-town.md): `kikan-server demotown generate`. Builds a
// synthetic town shaped like 琴浦町 (鳥取県) with years of history and writes it into the
// registry tables. It runs only on a database marked as a demo/test database (server_settings
// demo_database = true, set by `kikan-server init --demo`), never on a production one.
#pragma once

#include <QDate>
#include <QString>

namespace kikan::store {
class Database;
}

namespace kikan::resident::demotown {

// The server_settings entry that marks a demo/test database.
inline constexpr char kDemoSetting[] = "demo_database";

struct GenerateOptions {
    int residents = 0;           // 0: the configuration's default (16,000)
    int years = -1;              // -1: the default (5)
    qint64 seed = -1;            // -1: the default (1)
    QDate asOf;                  // invalid: the default (2026-03-31), the last day of history
    QString configFile;          // empty: the built-in resources/demotown/config.json
    bool force = false;          // add to a database that already holds residents
    bool ifEmpty = false;        // do nothing (successfully) when residents are already there
};

struct GenerateReport {
    bool skipped = false;        // ifEmpty and residents were present
    qint64 living = 0, households = 0, people = 0, changes = 0, records = 0, rowsWritten = 0;
    double buildSeconds = 0, writeSeconds = 0;
};

// True when the database is marked as a demo/test database.
bool isDemoDatabase(store::Database &database);
// Marks it (init --demo).
void markDemoDatabase(store::Database &database);

// Generates and writes the town. Throws std::runtime_error with a Japanese message when the
// database is not a demo database, already holds residents (without force/ifEmpty), or the data
// files are wrong. The database must be migrated.
GenerateReport generate(store::Database &database, const GenerateOptions &options);

} // namespace kikan::resident::demotown
