// The audit module joining the server (server/module/module.h): the seven logs' search and export
// (audit:view) and the observer that writes the communication and error logs of every request.
#include "auditroutes.h"
#include "events.h"
#include "requestobserver.h"
#include "server/core/context.h"
#include "server/module/declaredmodule.h"

namespace kikan::audit {

std::unique_ptr<module::Module> createModule()
{
    QStringList events;
    for (const event::CatalogueEntry &e : event::catalogue())
        events << QString::fromLatin1(e.name);
    return module::declare({
        .name = QStringLiteral("audit"),
        .migrations = {2000, 2999},
        .rightAreas = {QStringLiteral("audit")},
        .auditEvents = events,
        .routes = &registerRoutes,
        .requestObserver = [](core::ServerContext &context)
            -> std::unique_ptr<http::RequestObserver> {
            return std::make_unique<AuditRequestObserver>(context.audit,
                                                          spillFilePath(context.config.dataDir));
        },
    });
}

} // namespace kikan::audit
