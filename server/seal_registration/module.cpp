// The 印鑑登録 module joining the server (server/module/module.h): the seal register's rules
// (sealrules.h), images (sealimage.h) and data (resources/seal_registration/),
// docs/seal-registration.md.
#include "events.h"
#include "server/module/declaredmodule.h"
#include "shared/api/seal_registration/errors.h"

namespace kikan::seal_registration {

std::unique_ptr<module::Module> createModule()
{
    using namespace event;
    return module::declare({
        .name = QStringLiteral("seal_registration"),
        .migrations = {14000, 14999},
        .rightAreas = {QStringLiteral("seal_registration")},
        .auditEvents = module::names({Register, View, Search, Abolish, CardReissue, InquiryAnswer,
                                      Measure, AdultWard, CertificateIssue}),
        .errorCodes = api::sealRegistrationErrors(),
    });
}

} // namespace kikan::seal_registration
