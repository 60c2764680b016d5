// The test environment (issue 15, 6; the town's specification 7-(1): an environment for checks and
// training). `kikan-server testenv refresh`, run with the test environment's own configuration,
// builds its SQLite database from the newest production backup (testenv/source_backups) with the
// personal data masked: every person gets a name drawn from the demo town's name lists
// (resources/demotown; one family name per household), 個人番号, 住民票コード, 在留カード番号, 本籍 and
// 旧氏/通称 are removed, households' addresses are rotated among the town's households (every
// household gets another household's address), 支援措置 notes are blanked, and the free-text
// records that quote personal data as entered (異動届 detail, certificate requesters, the audit
// log, sessions) are emptied. It is marked as a test environment (server_settings
// operations.environment = test). It refuses to write over a database that is not so marked —
// production never is — or while a server runs on it, and checks its result against the source
// before the copy takes the target's place.
#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace kikan::core {
class ServerConfig;
}
namespace kikan::store {
class Database;
}

namespace kikan::operations {

struct RefreshResult {
    QString source;     // the backup the environment was built from
    QString target;     // the test environment's database
    int people = 0;     // persons renamed
    int households = 0; // households given another address
    int notes = 0;      // 支援措置 notes blanked
};

// The value of server_settings operations.environment ("test"; empty for production).
QString environmentOf(store::Database &database);

// Builds the test environment of `config` (see the top of this file). seed: the masking's random
// draw. Throws std::runtime_error (Japanese) when it refuses or a check fails.
RefreshResult refreshTestEnvironment(const core::ServerConfig &config, quint64 seed);

// `kikan-server testenv …` (args after "testenv"): 0 done, 1 refused, 2 usage.
int runTestEnvCommand(const QStringList &args, const core::ServerConfig &config, QTextStream &out,
                      QTextStream &err);

} // namespace kikan::operations
