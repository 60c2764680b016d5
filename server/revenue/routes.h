// The HTTP routes of 収納管理 (docs/revenue.md "API"): a person's 納付状況, the queue staff resolve,
// a convenience-store file imported (or tried), a match undone. Rights area revenue (view, update).
#pragma once

#include "server/core/context.h"
#include "server/http/router.h"

namespace kikan::revenue {

void registerRoutes(core::ServerContext &context, http::Router &router);
// The treasury's other channels and hand work (treasuryroutes.cpp): 口座振替 request and result,
// OCR batches, counter cash, hand matching and cancelling, a receipt's slip image.
void registerTreasuryRoutes(core::ServerContext &context, http::Router &router);

} // namespace kikan::revenue
