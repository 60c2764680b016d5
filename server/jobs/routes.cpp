// Handlers of the job routes (routes.h).
#include "routes.h"

#include "jobqueue.h"
#include "server/core/context.h"
#include "server/core/failure.h"
#include "server/http/router.h"
#include "shared/api/errorcode.h"
#include "shared/api/jobs/paths.h"

namespace kikan::jobs {

namespace {
QJsonObject jobJson(const JobRow &j)
{
    return {{QStringLiteral("id"), j.id},
            {QStringLiteral("kind"), j.kind},
            {QStringLiteral("state"), j.state},
            {QStringLiteral("done"), j.done},
            {QStringLiteral("total"), j.total},
            {QStringLiteral("result"), j.result},
            {QStringLiteral("error"), j.error},
            {QStringLiteral("cancelRequested"), j.cancelRequested},
            {QStringLiteral("submittedBy"), j.submittedLogin},
            {QStringLiteral("submittedAt"), j.submittedAt},
            {QStringLiteral("startedAt"), j.startedAt},
            {QStringLiteral("finishedAt"), j.finishedAt}};
}

// The job, when the caller submitted it or administers the system (else as if it did not exist).
JobRow visibleJob(const JobQueue &queue, http::Request &r)
{
    const core::Actor actor = r.actor();
    const std::optional<JobRow> job = queue.find(r.idParam(QStringLiteral("id")));
    if (!job || (job->submittedBy != actor.userId
                 && !actor.has(QStringLiteral("admin"), QStringLiteral("administer"))))
        throw core::Failure(api::err::NotFound, QStringLiteral("指定された処理はありません。"));
    return *job;
}
} // namespace

void registerRoutes(core::ServerContext &, http::Router &router, JobQueue &queue)
{
    const QString path = QString::fromLatin1(api::path::Jobs) + QStringLiteral("/{id}");
    router.add({QStringLiteral("GET"), path, http::Access::signedIn(), QStringLiteral("job.view"),
                [&queue](http::Request &r) {
        return http::Response::json(jobJson(visibleJob(queue, r)));
    }});
    router.add({QStringLiteral("POST"), path + QStringLiteral("/cancel"), http::Access::signedIn(),
                QStringLiteral("job.cancel"), [&queue](http::Request &r) {
        const JobRow job = visibleJob(queue, r);
        queue.cancel(job.id);
        return http::Response::json(jobJson(*queue.find(job.id)));
    }});
}

} // namespace kikan::jobs
