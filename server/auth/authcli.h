// The `kikan-server user …` and `kikan-server group …` commands (Japanese messages; usage in
// docs/auth.md). Changes are logged like those made over the API, with authMethod "cli".
#pragma once

#include "server/core/context.h"

#include <QStringList>
#include <QTextStream>

namespace kikan::auth {

// Both return the exit code: 0 done, 1 refused or failed, 2 usage error.
int runUserCommand(core::ServerContext &context, QStringList args, QTextStream &out,
                   QTextStream &err);
int runGroupCommand(core::ServerContext &context, QStringList args, QTextStream &out,
                    QTextStream &err);
// For `kikan-server init`: creates the built-in groups that are missing; returns how many.
int ensureBuiltInGroups(core::ServerContext &context);

} // namespace kikan::auth
