// The 住民記録 audit event catalogue (docs/resident.md "Audit events"). Operation events of the
// 異動 are "resident.<change kind>" (codes.json changeKinds), one per route under /resident/changes.
#pragma once

namespace kikan::resident::event {
inline constexpr char Search[] = "resident.search";             // access: a search was run
inline constexpr char View[] = "resident.view";                 // access: a person was shown
inline constexpr char HouseholdView[] = "resident.household_view"; // access: a household list
inline constexpr char ProtectedAccess[] = "resident.protected_access"; // access: 支援措置 person
inline constexpr char ProtectionRegister[] = "resident.protection_register"; // operation
inline constexpr char ProtectionLift[] = "resident.protection_lift";         // operation
inline constexpr char ProtectionList[] = "resident.protection_list";         // access
inline constexpr char Codes[] = "resident.codes";
} // namespace kikan::resident::event
