// The audit events of the operations module (docs/operations.md, "Audit").
#pragma once

namespace kikan::operations::event {
inline constexpr char Backup[] = "operations.backup"; // a verified backup was taken
} // namespace kikan::operations::event
