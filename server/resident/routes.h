// The 住民記録 module wired into the server: search and 照会 (resident:view), the 異動
// (resident:update, one route per kind), 支援措置 (resident:administer), the code tables.
// API: docs/resident.md "API".
#pragma once

#include "server/app/context.h"
#include "server/http/router.h"

namespace kikan::resident {

// Called from app::registerModules.
void registerRoutes(app::ServerContext &context, http::Router &router);
// changeroutes.cpp: POST /resident/changes/<kind>
void registerChangeRoutes(app::ServerContext &context, http::Router &router);

} // namespace kikan::resident
