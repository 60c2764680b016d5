// The certificate verification module joining the server (server/module/module.h): the town's
// signing keys, the document::DocumentSigner areas print their codes with, the public check
// route and `kikan-server signing-key`. A key is made at start when this server has none, so
// `kikan-server init` leaves a server ready to sign (docs/verification.md).
#include "documents.h"
#include "events.h"
#include "keycommand.h"
#include "keystore.h"
#include "routes.h"
#include "server/core/actor.h"
#include "server/core/context.h"
#include "server/module/declaredmodule.h"
#include "shared/api/verification/errors.h"

namespace kikan::verification {

namespace {
// What the module holds once started (the declaration is made before there is a context).
struct Parts {
    std::unique_ptr<KeyStore> keys;
    std::unique_ptr<TownSigner> signer;
};
} // namespace

std::unique_ptr<module::Module> createModule()
{
    using namespace event;
    auto parts = std::make_shared<Parts>();
    return module::declare({
        .name = QStringLiteral("verification"),
        .migrations = {6000, 6999},
        .auditEvents = module::names({Check, Keys, KeyCreate, KeyRevoke}),
        .errorCodes = api::verificationErrors(),
        .start = [parts](core::ServerContext &context) {
            parts->keys = std::make_unique<KeyStore>(context);
            parts->keys->ensureSigningKey();
            parts->signer = std::make_unique<TownSigner>(context, *parts->keys);
            context.services.provide<document::DocumentSigner>(parts->signer.get());
        },
        .routes = [parts](core::ServerContext &context, http::Router &router) {
            registerRoutes(context, router, *parts->keys);
        },
        .commands = {signingKeyCommand([parts]() -> KeyStore & { return *parts->keys; })},
    });
}

} // namespace kikan::verification
