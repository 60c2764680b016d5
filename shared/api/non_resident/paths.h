// Paths of the 住登外者・法人 API (server/non_resident/routes.cpp), shared by server and client.
#pragma once

namespace kikan::api::path {
inline constexpr char NonResidentParties[] = "/api/v1/non-resident/parties";
} // namespace kikan::api::path
