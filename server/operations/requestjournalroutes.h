// The request journal's place in the HTTP chain (requestjournal.h): the router's change journal
// that wraps every authorised handler. A change request (POST, PUT, PATCH, DELETE) of a signed-in
// user carrying `Idempotency-Key` is run once: a repeat gets the first answer again, marked
// `Idempotent-Replayed: true`; the same key with another method, path, body or user is refused
// (idempotency.key_reused), a malformed key too (idempotency.key_invalid).
#pragma once

#include "server/http/router.h"

namespace kikan::core {
struct ServerContext;
}

namespace kikan::operations {

inline constexpr char IdempotencyKeyHeader[] = "idempotency-key";
inline constexpr char ReplayedHeader[] = "Idempotent-Replayed";

// Sets the router's change journal.
void installRequestJournal(core::ServerContext &context, http::Router &router);

} // namespace kikan::operations
