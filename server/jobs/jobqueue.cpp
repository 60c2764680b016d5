// The job queue's runners (jobqueue.h).
#include "jobqueue.h"

#include "server/core/context.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/errorcode.h"

#include <QDebug>

namespace kikan::jobs {

namespace {
constexpr int kPollSeconds = 5;        // a runner looks for work this often without a wake-up
constexpr int kStaleSeconds = 120;     // no heartbeat for this long: the runner died ([jobs] stale_seconds)

// The server is stopping: the job stops at its next progress report and waits in the queue.
struct Interrupted : std::runtime_error {
    Interrupted() : std::runtime_error("job interrupted") {}
};

class Control : public JobControl
{
public:
    Control(core::ServerContext &context, const JobRow &row, const std::atomic<bool> &stopping)
        : m_context(context), m_row(row), m_stopping(stopping)
    {
        m_actor = core::Actor::system(row.submittedLogin);
        m_actor.userId = row.submittedBy;
    }
    qint64 jobId() const override { return m_row.id; }
    const QJsonObject &params() const override { return m_row.params; }
    const QJsonObject &checkpoint() const override { return m_row.checkpoint; }
    const core::Actor &actor() const override { return m_actor; }
    void progress(qint64 done, qint64 total, const QJsonObject &checkpoint) override
    {
        QSqlDatabase db = m_context.database.connection();
        storeProgress(db, m_row.id, done, total, checkpoint, core::timestampNow(m_context.clock));
        if (cancelRequested(db, m_row.id))
            throw JobCancelled();
        if (m_stopping)
            throw Interrupted();
    }

private:
    core::ServerContext &m_context;
    const JobRow &m_row;
    const std::atomic<bool> &m_stopping;
    core::Actor m_actor;
};
} // namespace

JobQueue::JobQueue(core::ServerContext &context) : m_context(context) {}

JobQueue::~JobQueue()
{
    stop();
}

void JobQueue::registerKind(std::unique_ptr<JobKind> kind)
{
    const QString name = kind->name();
    m_kinds[name] = std::move(kind);
}

qint64 JobQueue::submit(const QString &kind, const QJsonObject &params, const core::Actor &actor)
{
    if (!knows(kind)) {
        throw core::Failure::invalidField(QStringLiteral("kind"),
                                          QStringLiteral("処理の種類 %1 はありません。").arg(kind));
    }
    const qint64 id = insertJob(m_context.database.connection(), kind, params, actor.userId,
                                actor.loginId, core::timestampNow(m_context.clock));
    wake();
    return id;
}

std::optional<JobRow> JobQueue::find(qint64 id) const
{
    return jobRow(m_context.database.connection(), id);
}

bool JobQueue::cancel(qint64 id)
{
    const bool asked = requestCancel(m_context.database.connection(), id);
    wake();
    return asked;
}

void JobQueue::wake()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_generation;
    }
    m_wake.notify_all();
}

void JobQueue::startRunners()
{
    m_stopping = false;
    for (const auto &entry : m_kinds) {
        const QString kind = entry.first;
        if (m_running.insert(kind).second)
            m_threads.emplace_back([this, kind] { runnerLoop(kind); });
    }
}

void JobQueue::stop()
{
    m_stopping = true;
    m_wake.notify_all();
    for (std::thread &t : m_threads)
        t.join();
    m_threads.clear();
    m_running.clear();
}

void JobQueue::runnerLoop(const QString &kind)
{
    JobKind &job = *m_kinds.at(kind);
    while (!m_stopping) {
        try {
            QSqlDatabase db = m_context.database.connection();
            const QDateTime now = m_context.clock.now();
            requeueStale(db, core::timestamp(now.addSecs(
                -m_context.config.intValue(QStringLiteral("jobs/stale_seconds"), kStaleSeconds))));
            if (const std::optional<JobRow> row = claimNext(db, kind, core::timestamp(now))) {
                runOne(job, *row);
                continue;
            }
        } catch (const std::exception &e) {
            qWarning("jobs: %s: %s", qPrintable(kind), e.what());
        }
        std::unique_lock lock(m_mutex);
        const quint64 seen = m_generation;
        m_wake.wait_for(lock, std::chrono::seconds(kPollSeconds),
                        [&] { return m_stopping || m_generation != seen; });
    }
    m_context.database.releaseThreadConnection();
}

void JobQueue::runOne(JobKind &kind, const JobRow &row)
{
    QSqlDatabase db = m_context.database.connection();
    Control control(m_context, row, m_stopping);
    QString state = QStringLiteral("done");
    QJsonObject result;
    QString error;
    try {
        if (row.cancelRequested)
            throw JobCancelled();
        result = kind.run(m_context, control);
    } catch (const Interrupted &) {
        requeueJob(db, row.id);
        return;
    } catch (const JobCancelled &) {
        state = QStringLiteral("cancelled");
    } catch (const core::Failure &f) {
        state = QStringLiteral("failed");
        error = f.detail().isEmpty() ? QString::fromUtf8(api::errorInfo(f.code()).title)
                                     : f.detail();
        result = f.extra(); // what a route would have answered besides the message (`lines` …)
        result.insert(QStringLiteral("code"), f.code());
    } catch (const std::exception &e) {
        state = QStringLiteral("failed");
        error = QStringLiteral("処理中にエラーが起きました（%1）。").arg(QString::fromUtf8(e.what()));
    }
    finishJob(db, row.id, state, result, error, core::timestampNow(m_context.clock));
}

} // namespace kikan::jobs
