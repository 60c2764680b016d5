// The job queue (docs/jobs.md): areas register their kinds of job (jobkind.h) in their module's
// start() and submit jobs from their routes; one runner thread per kind takes the oldest queued job
// of its kind, runs it, and records its progress, result or error in `jobs`. Runners run only in a
// serving server (Application::start), not in CLI commands; a job whose runner died (a crash, a
// power cut) is queued again after two minutes without a heartbeat and resumes from its checkpoint.
// Obtain it with context.services.get<jobs::JobQueue>().
#pragma once

#include "jobkind.h"
#include "jobstore.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace kikan::jobs {

class JobQueue
{
public:
    explicit JobQueue(core::ServerContext &context);
    ~JobQueue();

    // At module start, before the runners start.
    void registerKind(std::unique_ptr<JobKind> kind);
    bool knows(const QString &kind) const { return m_kinds.count(kind) > 0; }

    // Queues a job; returns its id. Throws core::Failure (request.validation) for an unknown kind.
    qint64 submit(const QString &kind, const QJsonObject &params, const core::Actor &actor);
    std::optional<JobRow> find(qint64 id) const;
    // Asks a job to stop (a queued one never starts); false when it has already ended.
    bool cancel(qint64 id);

    // Starts a runner for each kind that has none yet (requeuing jobs whose runner died). stop() makes running jobs stop
    // at their next progress report and go back to the queue, then waits for the runners.
    void startRunners();
    void stop();
    // Wakes the runners now (tests; submit does it too).
    void wake();

private:
    void runnerLoop(const QString &kind);
    void runOne(JobKind &kind, const JobRow &row);

    core::ServerContext &m_context;
    std::map<QString, std::unique_ptr<JobKind>> m_kinds;
    std::vector<std::thread> m_threads;
    std::set<QString> m_running; // kinds with a runner
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::atomic<bool> m_stopping{false};
    quint64 m_generation = 0; // bumped by wake()
};

} // namespace kikan::jobs
