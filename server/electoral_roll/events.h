// The audit events of 選挙人名簿 (the log's event names; module.cpp declares them).
#pragma once

namespace kikan::electoral_roll::event {
inline constexpr char RegistrationRun[] = "electoral.registration_run";
inline constexpr char RemovalRun[] = "electoral.removal_run";
inline constexpr char Mark[] = "electoral.mark";
inline constexpr char Remove[] = "electoral.remove";
inline constexpr char View[] = "electoral.view";
inline constexpr char Search[] = "electoral.search";
inline constexpr char DistrictUpdate[] = "electoral.district_update";
inline constexpr char ExtractPrint[] = "electoral.extract_print";
inline constexpr char Inspection[] = "electoral.inspection";
} // namespace kikan::electoral_roll::event
