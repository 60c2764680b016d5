// The HTTP paths of 選挙人名簿 (server/electoral_roll/routes.cpp, client/electoral_roll).
#pragma once

namespace kikan::api::electoral {
inline constexpr char Base[] = "/api/v1/electoral-roll";
// POST {kind: periodic|election, registrationDate, baseDate (election), electionName, dryRun}
inline constexpr char RegistrationRuns[] = "/api/v1/electoral-roll/registration-runs";
// POST {asOf, dryRun}: the 抹消 due four months after a 転出
inline constexpr char RemovalRuns[] = "/api/v1/electoral-roll/removal-runs";
// GET ?partyNo= | ?name= ; GET /{partyNo}: the elector with the history of each registration
inline constexpr char Electors[] = "/api/v1/electoral-roll/electors";
// GET; POST; PUT /{no} {name, pollingPlace, areas, version}
inline constexpr char Districts[] = "/api/v1/electoral-roll/districts";
// GET /{districtNo}?format=pdf|csv — 選挙人名簿抄本
inline constexpr char Extracts[] = "/api/v1/electoral-roll/extracts";
// POST {requester, requesterKind, purpose, districtNo, partyNos?}; GET: the 閲覧 log
inline constexpr char Inspections[] = "/api/v1/electoral-roll/inspections";
} // namespace kikan::api::electoral
