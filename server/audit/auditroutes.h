// The audit log's API: GET /api/v1/admin/audit (search) and GET /api/v1/admin/audit/export (CSV),
// both requiring the right audit:view. Reading the log is itself logged (アクセス).
#pragma once

#include "server/core/context.h"
#include "server/http/router.h"

namespace kikan::audit {
void registerRoutes(core::ServerContext &context, http::Router &router);
}
