// The 選挙人名簿 module joining the server (server/module/module.h): the roll (roll.h) with its
// rules (rollrules.h) and data (resources/electoral_roll/); it hears 住民記録's 異動 through
// party::PartyChanged and catches up on those it missed at start (docs/electoral-roll.md).
#include "events.h"
#include "rolldemo.h"
#include "routes.h"
#include "server/core/dates.h"
#include "server/module/declaredmodule.h"
#include "shared/api/electoral_roll/errors.h"

namespace kikan::electoral_roll {

std::unique_ptr<module::Module> createModule()
{
    auto roll = std::make_shared<std::shared_ptr<ElectoralRoll>>();
    return module::declare({
        .name = QStringLiteral("electoral_roll"),
        .migrations = {15000, 15999},
        .rightAreas = {QStringLiteral("electoral_roll")},
        .auditEvents = module::names({event::RegistrationRun, event::RemovalRun, event::Mark,
                                      event::Remove, event::View, event::Search,
                                      event::DistrictUpdate, event::ExtractPrint,
                                      event::Inspection}),
        .errorCodes = api::electoralRollErrors(),
        .start = [roll](core::ServerContext &context) {
            *roll = std::make_shared<ElectoralRoll>(context);
            (*roll)->seedDistricts();
            (*roll)->catchUp();
            context.events.subscribe<party::PartyChanged>(
                QStringLiteral("electoral_roll"),
                [r = *roll](const party::PartyChanged &e) { r->hear(e); });
        },
        .routes = [roll](core::ServerContext &context, http::Router &router) {
            registerRoutes(context, router, *roll);
        },
        .commands = commands(),
        // 抹消 four months after a 転出 (第28条第2号) without anyone running it: each night.
        .daily = {{QStringLiteral("electoral_roll.removals"),
                   QStringLiteral("electoral_roll/removal_time"), QStringLiteral("01:30"),
                   [roll](core::ServerContext &context) {
                       (*roll)->removalRun(
                           core::Actor::system(QStringLiteral("electoral-roll-removals")),
                           core::processingDate(context.clock), false);
                   }}},
        .demo = &writeDemoRoll,
    });
}

} // namespace kikan::electoral_roll
