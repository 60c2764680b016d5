// 当初課税 as a background job (docs/jobs.md, docs/light-vehicle-tax.md): the route submits it with
// the 年度, the job runs the batch (initialassessment.h) in chunks of lines, each committed, then
// reported with a checkpoint (the run and its counts so far); a resumed job plans again and lines
// already written plan as unchanged, so it is restart-safe and a re-run stays idempotent. Its result
// is the run's summary with the 課税台帳 totals (assessmentjson.h).
#pragma once

#include "server/jobs/jobkind.h"

namespace kikan::light_vehicle_tax {

inline constexpr char AssessmentJobKind[] = "light_vehicle_tax.assessment";

class AssessmentJob : public jobs::JobKind
{
public:
    // Lines per committed chunk: small enough to report often (the job's heartbeat).
    static constexpr int ChunkLines = 500;

    QString name() const override { return QString::fromLatin1(AssessmentJobKind); }
    QJsonObject run(core::ServerContext &context, jobs::JobControl &control) override;
};

} // namespace kikan::light_vehicle_tax
