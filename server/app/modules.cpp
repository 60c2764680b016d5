#include "modules.h"

#include "healthroutes.h"
#include "server/auth/routes.h"
#include "server/resident/routes.h"
#include "server/audit/auditroutes.h"
#include "server/audit/requestobserver.h"
#include "server/migration/routes.h"

namespace kikan::app {

std::unique_ptr<http::Authenticator> makeAuthenticator(ServerContext &context)
{
    return auth::makeAuthenticator(context);
}

std::unique_ptr<http::RequestObserver> makeRequestObserver(ServerContext &context)
{
    return std::make_unique<audit::AuditRequestObserver>(
        context.audit, audit::spillFilePath(context.config.dataDir));
}

void registerModules(ServerContext &context, http::Authenticator *, http::Router &router)
{
    registerHealthRoutes(context, router);
    auth::registerRoutes(context, router);
    audit::registerRoutes(context, router);
    resident::registerRoutes(context, router);
    migration::registerRoutes(context, router);
}

} // namespace kikan::app
