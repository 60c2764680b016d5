// The audit events of certificate verification (docs/verification.md): each public check is in the
// access log; key changes are operations.
#pragma once

namespace kikan::verification::event {
inline constexpr char Check[] = "verification.check";       // アクセス: a document checked
inline constexpr char Keys[] = "verification.keys";         // アクセス: the public keys read
inline constexpr char KeyCreate[] = "verification.key_create"; // 操作: a key made (start, rotate)
inline constexpr char KeyRevoke[] = "verification.key_revoke"; // 操作
} // namespace kikan::verification::event
