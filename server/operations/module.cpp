// The operations module joining the server (server/module/module.h): its kikan-server
// subcommands (docs/operations.md). It has no schema, routes or rights of its own.
#include "server/module/declaredmodule.h"

namespace kikan::operations {

std::unique_ptr<module::Module> createModule()
{
    return module::declare({.name = QStringLiteral("operations")});
}

} // namespace kikan::operations
