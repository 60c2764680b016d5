// The operations subcommands of kikan-server (docs/operations.md): `backup` (a module command, run
// beside a serving server) and `restore` (run by the command line itself, before any store is
// opened, under the data folder lock).
#pragma once

#include <QList>
#include <QStringList>

class QTextStream;

namespace kikan::core {
class ServerConfig;
struct ServerContext;
} // namespace kikan::core
namespace kikan::module {
struct Command;
}

namespace kikan::operations {
QList<module::Command> commands();
// args: what follows "restore". 0 restored, 1 refused or failed, 2 usage.
int runRestoreCommand(const QStringList &args, const core::ServerConfig &config, QTextStream &out,
                      QTextStream &err);
} // namespace kikan::operations
