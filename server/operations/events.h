// The audit events of the operations module (docs/operations.md, "Audit").
#pragma once

namespace kikan::operations::event {
inline constexpr char Backup[] = "operations.backup";         // a verified backup was taken
inline constexpr char VirusFound[] = "operations.virus_found"; // a file refused and quarantined
inline constexpr char EnvironmentView[] = "operations.environment"; // which environment this is
} // namespace kikan::operations::event
