// 当初課税 as a job (assessmentjob.h): the checkpoint holds the run id and its counts so far.
#include "assessmentjob.h"

#include "assessmentjson.h"
#include "initialassessment.h"

namespace kikan::light_vehicle_tax {

namespace {
QJsonObject checkpointOf(const RunSummary &s)
{
    return {{QStringLiteral("runId"), s.runId}, {QStringLiteral("created"), s.created},
            {QStringLiteral("corrected"), s.corrected}};
}

RunSummary resumedFrom(const QJsonObject &checkpoint)
{
    RunSummary s;
    s.runId = checkpoint.value(QStringLiteral("runId")).toInteger();
    s.created = checkpoint.value(QStringLiteral("created")).toInt();
    s.corrected = checkpoint.value(QStringLiteral("corrected")).toInt();
    return s;
}
} // namespace

QJsonObject AssessmentJob::run(core::ServerContext &context, jobs::JobControl &control)
{
    RunProgress progress;
    progress.resumeFrom = resumedFrom(control.checkpoint());
    progress.chunk = ChunkLines;
    progress.report = [&control](qint64 done, qint64 total, const RunSummary &soFar) {
        control.progress(done, total, checkpointOf(soFar));
    };
    const int fiscalYear = control.params().value(QStringLiteral("fiscalYear")).toInt();
    return summaryJson(runInitialAssessment(context, control.actor(), fiscalYear, progress));
}

} // namespace kikan::light_vehicle_tax
