// The operations module joining the server (server/module/module.h): its kikan-server
// subcommands (`backup`; `restore` and `testenv` run from the command line itself), the antivirus
// screen of uploaded files, the request journal, the environment route, and their audit events and error codes
// (docs/operations.md); the request journal of changes (its one table). No rights.
#include "antivirusroutes.h"
#include "events.h"
#include "operationscli.h"
#include "requestjournalroutes.h"
#include "server/core/context.h"
#include "server/module/declaredmodule.h"
#include "shared/api/operations/errors.h"
#include "shared/api/operations/paths.h"
#include "testenv.h"

#include <QJsonObject>

namespace kikan::operations {

namespace {
// The antivirus screen, and which environment this is (a test environment's client shows a banner).
void registerRoutes(core::ServerContext &context, http::Router &router)
{
    installAntivirus(context, router);
    installRequestJournal(context, router);
    router.add({QStringLiteral("GET"), QString::fromLatin1(api::path::OperationsEnvironment),
                http::Access::signedIn(), QString::fromLatin1(event::EnvironmentView),
                [&context](http::Request &) {
                    const bool test = environmentOf(context.database) == QLatin1String("test");
                    return http::Response::json(QJsonObject{
                        {QStringLiteral("environment"),
                         test ? QStringLiteral("test") : QStringLiteral("production")}});
                },
                /*auditsItself=*/false, /*allowedWithTemporaryPassword=*/true});
}
} // namespace

std::unique_ptr<module::Module> createModule()
{
    return module::declare({
        .name = QStringLiteral("operations"),
        .migrations = {5000, 5999},
        .auditEvents = module::names({event::Backup, event::VirusFound, event::EnvironmentView}),
        .errorCodes = api::operationsErrors(),
        .routes = &registerRoutes,
        .commands = commands(),
    });
}

} // namespace kikan::operations
