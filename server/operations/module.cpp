// The operations module joining the server (server/module/module.h): its kikan-server
// subcommands (`backup`; `restore` runs from the command line itself) and the backup's audit
// event (docs/operations.md). It has no schema, routes or rights of its own.
#include "events.h"
#include "operationscli.h"
#include "server/module/declaredmodule.h"

namespace kikan::operations {

std::unique_ptr<module::Module> createModule()
{
    return module::declare({
        .name = QStringLiteral("operations"),
        .auditEvents = module::names({event::Backup}),
        .commands = commands(),
    });
}

} // namespace kikan::operations
