// The 軽自動車税 種別割 module joining the server (server/module/module.h; docs/light-vehicle-tax.md):
// the rate tables by 年度 (read at start, so a broken file stops the server, not an assessment),
// the vehicle register and its routes, 当初課税 (a job submitted by its route; `kikan-server
// light-vehicle-assess` runs it at once),
// the town's 標識 number ranges (read at start too) for the moped counter.
#include "assessmentjob.h"
#include "commands.h"
#include "demodata.h"
#include "events.h"
#include "platerange.h"
#include "ratebook.h"
#include "server/core/context.h"
#include "server/jobs/jobqueue.h"
#include "server/module/declaredmodule.h"
#include "shared/api/light_vehicle_tax/errors.h"

namespace kikan::light_vehicle_tax {

void registerRoutes(core::ServerContext &ctx, http::Router &router);
void registerNoticeSource(core::ServerContext &context); // noticesource.cpp: mass printing

std::unique_ptr<module::Module> createModule()
{
    using namespace event;
    return module::declare({
        .name = QStringLiteral("light_vehicle_tax"),
        .migrations = {11000, 11999},
        .rightAreas = {QStringLiteral("light_vehicle_tax")},
        .auditEvents = changeEvents()
                       + module::names({Search, View, TaxView, Assess, Totals, Reduction,
                                        NoticePrint, Import, CertificateIssue, PlateIssue,
                                        DeregistrationReceipt, ReductionWithdraw, ReductionReasons}),
        .errorCodes = api::lightVehicleTaxErrors(),
        .start = [](core::ServerContext &context) {
            RateBook::builtIn();
            PlateRanges::builtIn();
            registerNoticeSource(context);
            context.services.get<jobs::JobQueue>().registerKind(std::make_unique<AssessmentJob>());
        },
        .routes = &registerRoutes,
        .commands = commands(),
        .demo = &writeDemoVehicles,
    });
}

} // namespace kikan::light_vehicle_tax
