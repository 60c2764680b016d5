// Paths of the mass printing API (server/mass_printing/routes.cpp, docs/printing.md "Mass
// printing"), shared by the server's routes and the client. "{id}" is a run's id, "{name}" a file
// of the run (spool-0001.pdf, index.csv, manifest.sha256).
#pragma once

namespace kikan::api::path {
inline constexpr char MassPrintKinds[] = "/api/v1/mass-printing/kinds";
inline constexpr char MassPrintRuns[] = "/api/v1/mass-printing/runs";
// Default printer profile sets: "/{group}" is a terminal group's name (URL-encoded).
inline constexpr char PrinterProfileSets[] = "/api/v1/printing/profile-sets";
} // namespace kikan::api::path
