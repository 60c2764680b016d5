// `kikan-server demotown …`: generate the demo town into a demo/test database.
#pragma once

#include <QStringList>

class QTextStream;

namespace kikan::store {
class Database;
}

namespace kikan::resident::demotown {
// Returns the exit code: 0 done (or nothing to do with --if-empty), 1 refused/failed, 2 usage.
int runDemoTownCommand(store::Database &database, const QStringList &args, QTextStream &out,
                       QTextStream &err);
}
