// The mass printing routes (routes.cpp).
#pragma once

#include "server/module/module.h"

namespace kikan::core {
struct ServerContext;
}
namespace kikan::http {
class Router;
}

namespace kikan::mass_printing {
void registerRoutes(core::ServerContext &ctx, http::Router &router);
// profilesetroutes.cpp and profilesets.cpp: default printer profile sets per terminal group.
void registerProfileSetRoutes(core::ServerContext &ctx, http::Router &router);
QList<module::Command> profileSetCommands();
}
