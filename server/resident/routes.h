// The 住民記録 module wired into the server: search and 照会 (resident:view), the 異動
// (resident:update, one route per kind), 支援措置 (resident:administer), the code tables.
// API: docs/resident.md "API".
#pragma once

#include "server/core/context.h"
#include "server/http/router.h"

namespace kikan::resident {

// Called from the module (module.cpp).
void registerRoutes(core::ServerContext &context, http::Router &router);
// changeroutes.cpp: POST /resident/changes/<kind>
void registerChangeRoutes(core::ServerContext &context, http::Router &router);
// The operation event of every change route ("resident.<kind>").
QStringList changeEvents();
// protectionroutes.cpp: POST /resident/protection, POST /resident/protection/{id}/lift,
// GET /resident/persons/{partyNo}/protection — all resident:administer.
void registerProtectionRoutes(core::ServerContext &context, http::Router &router);
// certificateroutes.cpp: POST /resident/certificates, GET /resident/certificates/{serial}.
void registerCertificateRoutes(core::ServerContext &context, http::Router &router);

} // namespace kikan::resident
