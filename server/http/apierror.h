// The HTTP layer's name for the server's one error value (server/core/failure.h): what a handler
// throws and what the dispatcher turns into an RFC 9457 problem+json response.
#pragma once

#include "server/core/failure.h"

namespace kikan::http {

using ApiError = core::Failure;

} // namespace kikan::http
