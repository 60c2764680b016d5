// The HTTP routes of 印鑑登録 (routes.cpp; docs/seal-registration.md "API").
#pragma once

#include "server/core/context.h"
#include "server/http/router.h"

#include <memory>

namespace kikan::seal_registration {

class SealRegister;

void registerRoutes(core::ServerContext &context, http::Router &router,
                    std::shared_ptr<SealRegister> seals);

} // namespace kikan::seal_registration
