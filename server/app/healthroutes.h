// GET /api/v1/health: answered without sign-in, for load balancers and the client's connection check.
#pragma once

#include "server/core/context.h"
#include "server/http/router.h"

namespace kikan::app {
void registerHealthRoutes(core::ServerContext &context, http::Router &router);
}
