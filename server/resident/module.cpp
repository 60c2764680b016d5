// The 住民記録 module joining the server (server/module/module.h): search and 照会, the 異動,
// 支援措置, certificates; it provides the party directory (宛名) and publishes every committed 異動
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
    auto directory = std::make_shared<std::unique_ptr<ResidentPartyDirectory>>();
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
        .start = [directory](core::ServerContext &context) {
            fillOtherNameKeys(context.database.connection()); // rows from before migration 10004
            *directory = std::make_unique<ResidentPartyDirectory>(context.database);
            context.services.provide<party::PartyDirectory>(directory->get());
        },
        .routes = &registerRoutes,
    });
}

} // namespace kikan::resident
