// The error codes of certificate verification, with their Japanese messages (registered by
// server/verification/module.cpp and the client's verification dialog).
#pragma once

#include "shared/api/errorcode.h"

namespace kikan::api {

namespace err {
inline constexpr char VerificationUnknownSerial[] = "verification.unknown_serial";
inline constexpr char VerificationRateLimited[] = "verification.rate_limited";
inline constexpr char VerificationCodeMalformed[] = "verification.code_malformed";
inline constexpr char VerificationSignFailed[] = "verification.sign_failed";
inline constexpr char VerificationKeyNotFound[] = "verification.key_not_found";
inline constexpr char VerificationContentChanged[] = "verification.content_changed";
} // namespace err

QList<ErrorInfo> verificationErrors();

} // namespace kikan::api
