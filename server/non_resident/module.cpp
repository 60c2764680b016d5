// The 住登外者・法人 module (server/non_resident): parties who are not residents — a taxpayer living
// elsewhere, a corporation (法人番号 checked) — in the one 宛名番号 space, added to the party
// registry 住民記録 provides so every area finds them through party::PartyDirectory.
#include "events.h"
#include "nonresident.h"
#include "server/core/context.h"
#include "server/module/declaredmodule.h"
#include "server/party/partyregistry.h"
#include "shared/api/non_resident/errors.h"

namespace kikan::non_resident {

void registerRoutes(core::ServerContext &ctx, http::Router &router);
QString writeDemoParties(core::ServerContext &context, const module::DemoOptions &options);

std::unique_ptr<module::Module> createModule()
{
    using namespace event;
    auto directory = std::make_shared<std::unique_ptr<NonResidentDirectory>>();
    auto names = std::make_shared<std::unique_ptr<NonResidentNameSource>>();
    return module::declare({
        .name = QStringLiteral("non_resident"),
        .migrations = {16000, 16999},
        .rightAreas = {QStringLiteral("non_resident")},
        .auditEvents = module::names({Register, Change, View}),
        .errorCodes = api::nonResidentErrors(),
        .start = [directory, names](core::ServerContext &context) {
            *directory = std::make_unique<NonResidentDirectory>(context.database);
            auto &registry = context.services.get<party::PartyRegistry>();
            registry.addSource(QString::fromLatin1(party::kind::NonResident), directory->get());
            registry.addSource(QString::fromLatin1(party::kind::Corporation), directory->get());
            *names = std::make_unique<NonResidentNameSource>(context.database);
            context.services.get<party::PartySearch>().addSource(names->get());
        },
        .routes = &registerRoutes,
        .demo = &writeDemoParties,
    });
}

} // namespace kikan::non_resident
