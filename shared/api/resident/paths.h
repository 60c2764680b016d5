// Paths of the 住民記録 API (server/resident/routes.h, docs/resident.md), shared by the server's
// routes and the client.
#pragma once

namespace kikan::api::path {
inline constexpr char ResidentSearch[] = "/api/v1/resident/search";
inline constexpr char ResidentPersons[] = "/api/v1/resident/persons";
inline constexpr char ResidentHouseholds[] = "/api/v1/resident/households";
inline constexpr char ResidentChanges[] = "/api/v1/resident/changes";
inline constexpr char ResidentProtection[] = "/api/v1/resident/protection";
inline constexpr char ResidentCodes[] = "/api/v1/resident/codes";
inline constexpr char ResidentCertificates[] = "/api/v1/resident/certificates";
} // namespace kikan::api::path
