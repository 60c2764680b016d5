// 当初課税 of a 年度 as a service (levy.h for the rules): one transaction reads the vehicles on
// 賦課期日, plans the lines, hands new 調定 to 収納管理 (assessment::AssessmentLedger: create) and
// 更正s changed ones (adjust), records the run and answers with the 課税台帳 totals per 車種区分.
// Re-running a 年度 changes nothing unless the facts changed. 減免 decisions are recorded here too.
// Run from the admin route and from `kikan-server light-vehicle-assess <年度>`.
#pragma once

#include "levy.h"
#include "levystore.h"
#include "server/core/actor.h"
#include "server/core/context.h"

#include <functional>
#include <limits>

namespace kikan::light_vehicle_tax {

struct RunSummary {
    int fiscalYear = 0;
    qint64 runId = 0;          // 0: only the totals were read
    int created = 0;
    int unchanged = 0;
    int corrected = 0;
    QMap<QString, ClassTotal> totals; // the 課税台帳 after the run
};

// 科目 code of 軽自動車税 種別割 in the ledger.
inline constexpr char RevenueItem[] = "light_vehicle_tax";

RunSummary runInitialAssessment(core::ServerContext &context, const core::Actor &actor,
                                int fiscalYear);
// The run in chunks (the job, assessmentjob.h): each chunk of `chunk` lines commits on its own and
// is then reported (lines done of the 年度's total, the summary so far: what a resumed run starts
// from). A resumed run (`resumeFrom.runId` set) plans again: lines already written plan as
// unchanged, so no chunk is done twice. The default: the whole run in one transaction.
struct RunProgress {
    RunSummary resumeFrom;
    int chunk = std::numeric_limits<int>::max();
    std::function<void(qint64 done, qint64 total, const RunSummary &soFar)> report;
};
RunSummary runInitialAssessment(core::ServerContext &context, const core::Actor &actor,
                                int fiscalYear, const RunProgress &progress);
// The 課税台帳 totals of a 年度 as recorded (no run).
RunSummary assessmentTotals(core::ServerContext &context, const core::Actor &actor, int fiscalYear);
// Records a 減免 decision (reason from the rate file; the vehicle must exist).
qint64 recordReduction(core::ServerContext &context, const core::Actor &actor,
                       const ReductionRecord &reduction);
// 減免の取消 (a decision withdrawn, e.g. the condition no longer met): recorded with the date and
// reason, then, when the 年度 has been assessed, 当初課税 of the 年度 runs again so the line is
// 更正d (AssessmentLedger::adjust) to the tax without it; `summary.runId` 0 when not assessed yet.
// Throws light_vehicle_tax.reduction_not_found, .state (withdrawn already).
struct ReductionWithdrawal {
    qint64 reductionId = 0;
    qint64 vehicleId = 0;
    int fiscalYear = 0;
    RunSummary summary;
};
ReductionWithdrawal withdrawReduction(core::ServerContext &context, const core::Actor &actor,
                                      qint64 reductionId, QDate withdrawnOn, const QString &reason);
// The lines of a vehicle, every 年度 (for its 照会).
QList<Levy> leviesOfVehicle(core::ServerContext &context, qint64 vehicleId);
// The 減免 decisions of a vehicle (levystore.h), for its 照会.
QList<ReductionEntry> reductionsOfVehicle(core::ServerContext &context, qint64 vehicleId);

} // namespace kikan::light_vehicle_tax
