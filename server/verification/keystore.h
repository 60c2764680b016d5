// The town's certificate signing keys: each server signs with a key whose private half lives only
// in its own data folder (keys/signing-<keyId>.pem, mode 0600); the public halves are in the store
// (signing_keys), so every server and every client can check what any of them signed. The key a
// server signs with is the newest one neither retired nor revoked whose private file it holds; when
// there is none (first start, after a revocation) it makes one. `kikan-server signing-key rotate`
// retires it and makes the next; revoking a key makes what it signed fail verification.
#pragma once

#include "shared/verification/signingkey.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace kikan::core {
struct Actor;
struct ServerContext;
}

namespace kikan::verification {

struct PublicKey {
    QString keyId;
    QByteArray publicPem;
    QString createdAt;
    QString retiredAt;     // empty: may still sign
    QString revokedAt;     // empty: not revoked
    QString revokedReason;
};

class KeyStore
{
public:
    explicit KeyStore(core::ServerContext &context);

    // Makes and records a key when this server has none to sign with (at start, after a
    // revocation); true when it made one. Not in the audit log (signing_keys.created_at records
    // it): the first start of a server writes no entry of its own.
    bool ensureSigningKey();
    // The key to sign with now. Throws core::Failure (verification.sign_failed) when there is
    // none (revoked while the server ran: ensureSigningKey makes the next).
    SigningKey signingKey();
    // Retires the keys this server signs with and makes a new one; returns it.
    SigningKey rotate(const core::Actor &actor);
    // Revokes a key (verification.key_not_found when unknown).
    void revoke(const QString &keyId, const QString &reason, const core::Actor &actor);

    // The key `keyId` when this server holds its private half and it is not revoked.
    std::optional<SigningKey> usableKeyById(const QString &keyId);

    QList<PublicKey> publicKeys() const;
    std::optional<PublicKey> publicKey(const QString &keyId) const;

private:
    std::optional<SigningKey> loadLocal(const QString &keyId);
    std::optional<SigningKey> usableKey();
    SigningKey create();
    QString keyFile(const QString &keyId) const;

    core::ServerContext &m_context;
    QString m_folder;
    QMutex m_mutex;
    QHash<QString, SigningKey> m_loaded;
};

} // namespace kikan::verification
