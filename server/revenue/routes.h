// The HTTP routes of 収納管理 (docs/revenue.md "API"): a person's 納付状況, the queue staff resolve,
// a convenience-store file imported (or tried), a match undone. Rights area revenue (view, update).
#pragma once

#include "server/core/context.h"
#include "server/http/router.h"

namespace kikan::revenue {

void registerRoutes(core::ServerContext &context, http::Router &router);

} // namespace kikan::revenue
