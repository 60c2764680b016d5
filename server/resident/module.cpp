// The 住民記録 module joining the server (server/module/module.h): search and 照会, the 異動,
// 支援措置, certificates; it provides the party directory (宛名) over every kind of party with the
// one 宛名番号 space (server/party/partyregistry.h) and publishes every committed 異動
// as party::PartyChanged (changewriter.cpp).
#include "certificate/certificatelog.h"
#include "certificateroutes.h"
#include "events.h"
#include "partydirectory.h"
#include "residentstore.h"
#include "routes.h"
#include "server/core/context.h"
#include "server/module/declaredmodule.h"
#include "server/store/database.h"
#include "shared/api/resident/errors.h"

namespace kikan::resident {

std::unique_ptr<module::Module> createModule()
{
    using namespace event;
    auto parties = std::make_shared<std::unique_ptr<PartyServices>>();
    return module::declare({
        .name = QStringLiteral("resident"),
        .migrations = {10000, 10999},
        .rightAreas = {QStringLiteral("resident")},
        .auditEvents = changeEvents()
                       + module::names({Search, View, HouseholdView, ProtectedAccess,
                                        ProtectionRegister, ProtectionLift, ProtectionList, Codes,
                                        CertificateIssueEvent, CertificatePreviewEvent,
                                        CertificateRecordEvent, CertificateReprintEvent}),
        .errorCodes = api::residentErrors(),
        .start = [parties](core::ServerContext &context) {
            fillOtherNameKeys(context.database.connection()); // rows from before migration 10004
            *parties = std::make_unique<PartyServices>(context.database);
            context.services.provide<party::PartyNumbers>(&(*parties)->numbers);
            context.services.provide<party::PartyRegistry>(&(*parties)->registry);
            context.services.provide<party::PartyDirectory>(&(*parties)->registry);
            context.services.provide<party::PartySearch>(&(*parties)->search);
        },
        .routes = &registerRoutes,
    });
}

} // namespace kikan::resident
