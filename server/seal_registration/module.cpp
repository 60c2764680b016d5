// The 印鑑登録 module joining the server (server/module/module.h): the seal register (sealregister.h)
// with its rules (sealrules.h), images (sealimage.h) and data (resources/seal_registration/); it
// hears 住民記録's 異動 through party::PartyChanged and catches up on those it missed at start
// (docs/seal-registration.md).
#include "events.h"
#include "routes.h"
#include "sealdemo.h"
#include "sealregister.h"
#include "server/module/declaredmodule.h"
#include "shared/api/seal_registration/errors.h"

namespace kikan::seal_registration {

std::unique_ptr<module::Module> createModule()
{
    using namespace event;
    auto seals = std::make_shared<std::shared_ptr<SealRegister>>();
    return module::declare({
        .name = QStringLiteral("seal_registration"),
        .migrations = {14000, 14999},
        .rightAreas = {QStringLiteral("seal_registration")},
        .auditEvents = module::names({Register, View, Search, Abolish, CardReissue, InquiryAnswer,
                                      InquiryLetter, Measure, AdultWard, event::CertificateIssue}),
        .errorCodes = api::sealRegistrationErrors(),
        .start = [seals](core::ServerContext &context) {
            *seals = std::make_shared<SealRegister>(context);
            (*seals)->catchUp();
            context.events.subscribe<party::PartyChanged>(
                QStringLiteral("seal_registration"),
                [register_ = *seals](const party::PartyChanged &e) { register_->hear(e); });
        },
        .routes = [seals](core::ServerContext &context, http::Router &router) {
            registerRoutes(context, router, *seals);
        },
        .demo = [](core::ServerContext &context, const module::DemoOptions &options) {
            return writeDemoSeals(context, options.seed);
        },
    });
}

} // namespace kikan::seal_registration
