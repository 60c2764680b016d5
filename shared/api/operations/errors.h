// The error codes of the operations module (server/operations, docs/operations.md), with their
// Japanese messages for staff: files refused by the antivirus.
#pragma once

#include "shared/api/errorcode.h"

namespace kikan::api {

namespace err {
inline constexpr char AntivirusInfected[] = "antivirus.infected";
inline constexpr char AntivirusUnavailable[] = "antivirus.unavailable";
} // namespace err

QList<ErrorInfo> operationsErrors();

} // namespace kikan::api
