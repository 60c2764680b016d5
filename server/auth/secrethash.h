// Hashing of passwords and PINs (PBKDF2-HMAC-SHA256, OpenSSL) and the random session tokens.
// Rules: OWASP Password Storage Cheat Sheet (2023) — PBKDF2-HMAC-SHA256 with at least 600,000
// iterations, a 16-byte random salt per secret, constant-time comparison.
#pragma once

#include <QByteArray>
#include <QString>

namespace kikan::auth {

// The floor for PBKDF2 iterations: configuration may raise it, never lower it.
inline constexpr int kMinIterations = 600000;

// The stored form is self-describing: "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>".
QString hashSecret(const QString &secret, int iterations = kMinIterations);

struct SecretCheck {
    bool match = false;
    int iterations = 0; // as stored; lower than wanted means "rehash after a successful check"
};
// Checks a secret against its stored form. A malformed, tampered or too-weak stored form (fewer
// than kMinIterations) never matches.
SecretCheck verifySecret(const QString &secret, const QString &stored);

// n random bytes from OpenSSL's CSPRNG (RAND_bytes); throws std::runtime_error on failure.
QByteArray randomBytes(int n);
// A new session token: 256 random bits, base64url without padding (43 characters).
QString newSessionToken();
// What the store keeps of a token: lower-case hex SHA-256.
QString tokenHash(const QString &token);

} // namespace kikan::auth
