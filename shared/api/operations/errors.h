// The error codes of the operations module (server/operations, docs/operations.md), with their
// Japanese messages for staff: files refused by the antivirus, repeated request ids.
#pragma once

#include "shared/api/errorcode.h"

namespace kikan::api {

namespace err {
inline constexpr char AntivirusInfected[] = "antivirus.infected";
inline constexpr char AntivirusUnavailable[] = "antivirus.unavailable";
// Request ids of changes (server/operations/requestjournal.h).
inline constexpr char IdempotencyKeyInvalid[] = "idempotency.key_invalid";
inline constexpr char IdempotencyKeyReused[] = "idempotency.key_reused";
inline constexpr char IdempotencyInProgress[] = "idempotency.in_progress";
inline constexpr char IdempotencyAnswerLost[] = "idempotency.answer_lost";
} // namespace err

QList<ErrorInfo> operationsErrors();

} // namespace kikan::api
