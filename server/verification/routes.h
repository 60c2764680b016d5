// The public verification routes (docs/verification.md): the town's public keys, and one document
// checked by its 発行番号 (and, when given, the code printed on it). No sign-in; rate-limited per
// address; every check in the access log.
#pragma once

namespace kikan::core {
struct ServerContext;
}
namespace kikan::http {
class Router;
}

namespace kikan::verification {
class KeyStore;
void registerRoutes(core::ServerContext &context, http::Router &router, KeyStore &keys);
}
