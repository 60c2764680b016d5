// The 収納管理 module joining the server (server/module/module.h): it keeps the 調定 the tax areas
// hand over and provides them the ledger (assessment::AssessmentLedger, ledger.h) (docs/revenue.md).
#include "ledger.h"
#include "server/core/context.h"
#include "server/module/declaredmodule.h"
#include "shared/api/revenue/errors.h"

namespace kikan::revenue {

std::unique_ptr<module::Module> createModule()
{
    auto ledger = std::make_shared<std::unique_ptr<RevenueLedger>>();
    return module::declare({
        .name = QStringLiteral("revenue"),
        .migrations = {12000, 12999},
        .rightAreas = {QStringLiteral("revenue")},
        .errorCodes = api::revenueErrors(),
        .start = [ledger](core::ServerContext &context) {
            *ledger = std::make_unique<RevenueLedger>(context.database, context.clock);
            context.services.provide<assessment::AssessmentLedger>(ledger->get());
        },
    });
}

} // namespace kikan::revenue
