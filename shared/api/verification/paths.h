// Paths of certificate verification (server/verification, docs/verification.md): public, no
// sign-in. "{serial}" is a document's 発行番号.
#pragma once

namespace kikan::api::path {
inline constexpr char VerificationKeys[] = "/api/v1/verification/keys";
inline constexpr char VerificationDocuments[] = "/api/v1/verification/documents";
} // namespace kikan::api::path
