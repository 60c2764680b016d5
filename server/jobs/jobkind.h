// A kind of background job (docs/jobs.md): what an area registers with the job queue
// (jobqueue.h) for work that outlives a request — a 当初課税 run, a mass printing run, an import.
// One runner thread per kind runs its jobs one at a time, oldest first.
//
// Restart-safe by contract: a job works in chunks, commits each chunk's work, then reports
// progress with a checkpoint (which is stored). After a crash the job runs again from its last
// checkpoint, so the chunk in flight is done again: each chunk must be idempotent (rewrite the same
// spool file, skip rows already written …). progress() must be called at least once a minute: it
// is the job's heartbeat (a job silent for two minutes is taken to be dead and run again).
#pragma once

#include "server/core/actor.h"

#include <QJsonObject>
#include <QString>

#include <stdexcept>

namespace kikan::core {
struct ServerContext;
}

namespace kikan::jobs {

// What a running job sees of itself.
class JobControl
{
public:
    virtual ~JobControl() = default;
    virtual qint64 jobId() const = 0;
    virtual const QJsonObject &params() const = 0;
    // Where the last run stopped; empty on a fresh start.
    virtual const QJsonObject &checkpoint() const = 0;
    // Who submitted it (their login and rights at the time), for the logs.
    virtual const core::Actor &actor() const = 0;
    // Stores progress and the checkpoint to resume from. Throws JobCancelled when staff asked to
    // cancel: the job stops there (its committed chunks stay).
    virtual void progress(qint64 done, qint64 total, const QJsonObject &checkpoint) = 0;
};

struct JobCancelled : std::runtime_error {
    JobCancelled() : std::runtime_error("job cancelled") {}
};

class JobKind
{
public:
    virtual ~JobKind() = default;
    virtual QString name() const = 0; // e.g. "light_vehicle_tax.levy"
    // Runs (or resumes) the job; returns its result (shown to staff). A core::Failure fails the
    // job with its message; the failed job's result is then the failure's code and machine
    // members (`{code, lines: […]}` …), as the problem document of a route would carry them.
    virtual QJsonObject run(core::ServerContext &context, JobControl &control) = 0;
};

} // namespace kikan::jobs
