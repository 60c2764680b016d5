// The operations module joining the server (server/module/module.h): its kikan-server
// subcommands (`backup`; `restore` runs from the command line itself), the antivirus screen of
// uploaded files, and their audit events and error codes (docs/operations.md). No schema or rights.
#include "antivirus.h"
#include "events.h"
#include "operationscli.h"
#include "server/module/declaredmodule.h"
#include "shared/api/operations/errors.h"

namespace kikan::operations {

std::unique_ptr<module::Module> createModule()
{
    return module::declare({
        .name = QStringLiteral("operations"),
        .auditEvents = module::names({event::Backup, event::VirusFound}),
        .errorCodes = api::operationsErrors(),
        .routes = &installAntivirus,
        .commands = commands(),
    });
}

} // namespace kikan::operations
