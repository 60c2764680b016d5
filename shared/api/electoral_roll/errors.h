// The error codes of 選挙人名簿 (server/electoral_roll, docs/electoral-roll.md) with their Japanese
// messages for staff; registered by the area's module with api::registerErrors.
#pragma once

#include "shared/api/errorcode.h"

namespace kikan::api {

namespace err {
inline constexpr char ElectoralNotFound[] = "electoral.not_found";
inline constexpr char ElectoralNotRegistrationDay[] = "electoral.not_registration_day";
inline constexpr char ElectoralDistrictUnknown[] = "electoral.district_unknown";
inline constexpr char ElectoralDistrictNotFound[] = "electoral.district_not_found";
inline constexpr char ElectoralAreaTwice[] = "electoral.area_twice";
inline constexpr char ElectoralConflict[] = "electoral.conflict";
inline constexpr char ElectoralCannotPrint[] = "electoral.cannot_print";
} // namespace err

// Every code above with its HTTP status and message.
QList<ErrorInfo> electoralRollErrors();

} // namespace kikan::api
