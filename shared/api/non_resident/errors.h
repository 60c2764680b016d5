// The error codes of 住登外者・法人 (server/non_resident) with their Japanese messages for staff.
#pragma once

#include "shared/api/errorcode.h"

namespace kikan::api {

namespace err {
inline constexpr char NonResidentNotFound[] = "non_resident.not_found";
inline constexpr char NonResidentConflict[] = "non_resident.conflict";
inline constexpr char NonResidentCorporateNumber[] = "non_resident.corporate_number";
inline constexpr char NonResidentDuplicate[] = "non_resident.duplicate_corporate_number";
inline constexpr char NonResidentState[] = "non_resident.state";
} // namespace err

QList<ErrorInfo> nonResidentErrors();

} // namespace kikan::api
