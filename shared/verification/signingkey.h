// The town's certificate signing key (ECDSA on P-256, signatures over SHA-256, through OpenSSL's
// libcrypto) and the check anyone can make with its public key alone. A key is known by its key
// id: the first 16 hex digits of the SHA-256 of its public key (SubjectPublicKeyInfo, DER).
#pragma once

#include "shared/core/error.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace kikan::verification {

namespace err {
inline constexpr char KeyInvalid[] = "verification.key_invalid";
inline constexpr char SignFailed[] = "verification.sign_failed";
}

class SigningKey
{
public:
    // A new random key.
    static core::Result<SigningKey> generate();
    // A key from its PKCS#8 PEM (as privatePem() wrote it). Errors: verification.key_invalid.
    static core::Result<SigningKey> fromPrivatePem(const QByteArray &pem);

    QByteArray privatePem() const;
    QByteArray publicPem() const;
    QString keyId() const { return m_keyId; }

    // The signature of `message` as r‖s (64 bytes). Errors: verification.sign_failed.
    core::Result<QByteArray> sign(const QByteArray &message) const;

    struct Key;
private:
    explicit SigningKey(std::shared_ptr<Key> key);
    std::shared_ptr<Key> m_key;
    QString m_keyId;
};

// The key id of a public key in PEM; empty when the PEM is not a P-256 public key.
QString publicKeyId(const QByteArray &publicPem);
// Whether `signature` (r‖s, 64 bytes) is the signature of `message` by the key `publicPem`.
bool verifySignature(const QByteArray &publicPem, const QByteArray &message,
                     const QByteArray &signature);

} // namespace kikan::verification
