// The verification code printed as a QR on every certificate the town issues: which document
// (発行番号 and kind), when it was issued, a SHA-256 hash of what it says, and the town's signature
// over these (ECDSA P-256 with SHA-256, signingkey.h). Anyone holding the town's public key checks
// it offline; the server answers the same question online (docs/verification.md).
// Text form (fits a QR of version 9 or so):
//   KV1.<serial>.<kind>.<YYYYMMDD>.<hash, base64url 43>.<key id, 16 hex>.<signature r‖s, base64url 86>
#pragma once

#include "shared/core/error.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace kikan::verification {

namespace err {
inline constexpr char CodeMalformed[] = "verification.code_malformed";
}

// What the town signs.
struct SignedFacts {
    QString serial;          // 発行番号: [0-9A-Za-z-], unique among every document issued
    QString kind;            // the document kind: [a-z0-9_], e.g. "household_copy"
    QDate issueDate;         // 発行日
    QByteArray contentHash;  // SHA-256 (32 bytes) of the document's content
    QString keyId;           // the signing key (signingkey.h keyId())

    // The exact bytes signed: a fixed text with one field per line.
    QByteArray message() const;
    // Whether every field has its form (serial and kind characters, 32-byte hash, 16-hex key id).
    bool isWellFormed() const;
};

struct VerificationCode {
    SignedFacts facts;
    QByteArray signature;    // r‖s, 64 bytes

    QString toText() const;
    // Reads the text form (whitespace around it is ignored: a scanner may add a newline).
    // Errors: verification.code_malformed, with a Japanese message saying what is wrong.
    static core::Result<VerificationCode> fromText(const QString &text);
};

} // namespace kikan::verification
