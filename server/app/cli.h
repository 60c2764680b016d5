// The command line of kikan-server: parses the subcommand and its options and runs it.
#pragma once

#include <QStringList>

namespace kikan::app {
// Returns the process exit code: 0 success, 1 failure, 2 usage error.
int runCommandLine(const QStringList &args);
}
