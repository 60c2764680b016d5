#include "modules.h"

#include "healthroutes.h"

namespace kikan::app {

std::unique_ptr<http::Authenticator> makeAuthenticator(ServerContext &)
{
    return nullptr;
}

std::unique_ptr<http::RequestObserver> makeRequestObserver(ServerContext &)
{
    return nullptr;
}

void registerModules(ServerContext &context, http::Authenticator *, http::Router &router)
{
    registerHealthRoutes(context, router);
}

} // namespace kikan::app
