// The one place where the server's modules are wired in. Adding a business area adds one line to
// registerModules() and touches no other area's files.
#pragma once

#include "context.h"
#include "server/http/dispatcher.h"
#include "server/http/router.h"

#include <memory>

namespace kikan::app {

// The authenticator of the auth module (bearer session tokens); null until that module exists.
std::unique_ptr<http::Authenticator> makeAuthenticator(ServerContext &context);
// The observer that writes the communication and error logs.
std::unique_ptr<http::RequestObserver> makeRequestObserver(ServerContext &context);
// Every module's routes.
void registerModules(ServerContext &context, http::Authenticator *authenticator,
                     http::Router &router);

} // namespace kikan::app
