// `kikan-server audit …`: verify the chain, purge expired entries (rules in docs/audit.md).
#pragma once

#include <QStringList>

namespace kikan::core {
class ServerConfig;
}

namespace kikan::audit {
// args: what follows "audit" (the configuration already taken out). Returns the exit code:
// 0 success / intact, 1 problems found or failure, 2 usage error.
int runAuditCommand(const QStringList &args, const core::ServerConfig &config);
}
