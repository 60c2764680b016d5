// The job queue joining the server (server/module/module.h): the `jobs` table, the queue areas
// register their kinds with (context.services.get<jobs::JobQueue>()), the job routes. Runners start
// with the HTTPS listener (Application::start), never in a CLI command.
#include "jobqueue.h"
#include "routes.h"
#include "server/core/context.h"
#include "server/module/declaredmodule.h"

namespace kikan::jobs {

std::unique_ptr<module::Module> createModule()
{
    auto queue = std::make_shared<std::unique_ptr<JobQueue>>();
    return module::declare({
        .name = QStringLiteral("jobs"),
        .migrations = {7000, 7999},
        .auditEvents = {QStringLiteral("job.view"), QStringLiteral("job.cancel")},
        .start = [queue](core::ServerContext &context) {
            *queue = std::make_unique<JobQueue>(context);
            context.services.provide<JobQueue>(queue->get());
        },
        .routes = [queue](core::ServerContext &context, http::Router &router) {
            registerRoutes(context, router, **queue);
        },
    });
}

} // namespace kikan::jobs
