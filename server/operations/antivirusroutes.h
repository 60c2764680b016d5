// The antivirus's place in the HTTP chain (antivirus.h): the router's body screen that decides
// which request bodies are files from outside — any body sent as something other than JSON (CSV
// imports, images), any body of a route that takes files (Route::maxBodyBytes), any JSON body over
// 64 KiB — and hands them to operations::Antivirus before the handler runs.
#pragma once

#include "server/http/router.h"

namespace kikan::core {
struct ServerContext;
}

namespace kikan::operations {

// Sets the router's body screen when antivirus/clamd_socket is configured.
void installAntivirus(core::ServerContext &context, http::Router &router);

} // namespace kikan::operations
