// Mass printing joining the server (server/module/module.h; docs/printing.md "Mass printing"):
// the default printer profile sets per terminal group (profilesets.cpp), the document kinds
// areas offer (server/document/documentsource.h, provided here so that areas
// add theirs in their start()), the job kind that runs a mass run, the routes. Schema 8000–8999.
#include "massprintrun.h"
#include "routes.h"
#include "server/core/context.h"
#include "server/document/documentsource.h"
#include "server/jobs/jobqueue.h"
#include "server/module/declaredmodule.h"
#include "shared/api/mass_printing/errors.h"

namespace kikan::mass_printing {

std::unique_ptr<module::Module> createModule()
{
    auto sources = std::make_shared<document::DocumentSources>();
    return module::declare({
        .name = QStringLiteral("mass_printing"),
        .migrations = {8000, 8999},
        .auditEvents = module::names({DocumentPrintEvent, "mass_printing.kinds", "mass_printing.start",
                                      "mass_printing.list", "mass_printing.view",
                                      "mass_printing.download", "mass_printing.cancel",
                                      "printing.profile_set_push", "printing.profile_set_view"}),
        .errorCodes = api::massPrintingErrors(),
        .start = [sources](core::ServerContext &context) {
            context.services.provide<document::DocumentSources>(sources.get());
            context.services.get<jobs::JobQueue>().registerKind(massPrintJobKind());
        },
        .routes = [](core::ServerContext &context, http::Router &router) {
            registerRoutes(context, router);
            registerProfileSetRoutes(context, router);
        },
        .commands = profileSetCommands(),
    });
}

} // namespace kikan::mass_printing
