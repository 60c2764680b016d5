// The job routes (docs/jobs.md): a job's state and progress, and asking it to stop — for the staff
// member who submitted it, or an administrator (admin:administer). Submitting is each area's own
// route (it knows its parameters and its right).
#pragma once

namespace kikan::core {
struct ServerContext;
}
namespace kikan::http {
class Router;
}

namespace kikan::jobs {
class JobQueue;
void registerRoutes(core::ServerContext &context, http::Router &router, JobQueue &queue);
}
