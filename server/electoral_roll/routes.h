// The 選挙人名簿 routes under /api/v1/electoral-roll (shared/api/electoral_roll/paths.h).
#pragma once

#include "roll.h"

#include "server/http/router.h"

#include <memory>

namespace kikan::electoral_roll {

void registerRoutes(core::ServerContext &ctx, http::Router &router,
                    std::shared_ptr<ElectoralRoll> roll);

} // namespace kikan::electoral_roll
