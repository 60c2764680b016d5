// The 収納管理 module joining the server (server/module/module.h): it keeps the 調定 the tax areas
// hand over and provides them the ledger (assessment::AssessmentLedger, ledger.h), and matches the
// receipts that come in (消込, reconciler.h); an OCR batch is imported by a job
// (ocrimportjob.h) (docs/revenue.md).
#include "demodata.h"
#include "events.h"
#include "ledger.h"
#include "ocrimportjob.h"
#include "reconciler.h"
#include "routes.h"
#include "server/core/context.h"
#include "server/jobs/jobqueue.h"
#include "server/module/declaredmodule.h"
#include "shared/api/revenue/errors.h"

namespace kikan::revenue {

namespace {
struct Parts {
    std::unique_ptr<RevenueLedger> ledger;
    std::unique_ptr<Reconciler> reconciler;
};
} // namespace

std::unique_ptr<module::Module> createModule()
{
    using namespace event;
    auto parts = std::make_shared<Parts>();
    return module::declare({
        .name = QStringLiteral("revenue"),
        .migrations = {12000, 12999},
        .rightAreas = {QStringLiteral("revenue")},
        .auditEvents = module::names({Import, Reverse, Match, Cancel, CounterPayment, CounterReceipt, DebitRequest, Dunning, DunningPrint, Refund, RefundPrint, DailyReportPrint, View}),
        .errorCodes = api::revenueErrors(),
        .start = [parts](core::ServerContext &context) {
            parts->ledger = std::make_unique<RevenueLedger>(context.database, context.clock);
            parts->reconciler = std::make_unique<Reconciler>(context, *parts->ledger);
            context.services.provide<assessment::AssessmentLedger>(parts->ledger.get());
            context.services.provide<RevenueLedger>(parts->ledger.get());
            context.services.provide<Reconciler>(parts->reconciler.get());
            context.services.get<jobs::JobQueue>().registerKind(std::make_unique<OcrImportJob>());
        },
        .routes = &registerRoutes,
        .demo = &writeDemoReceipts,
    });
}

} // namespace kikan::revenue
