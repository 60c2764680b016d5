// The town's public signing keys as this terminal last saw them (GET /api/v1/verification/keys),
// kept in the terminal's settings so that a certificate can be checked while the server cannot be
// reached; and the offline check of a verification code against them.
#pragma once

#include "shared/verification/verificationcode.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kikan::client {

struct CachedKey {
    QString keyId;
    QByteArray publicPem;
    bool revoked = false;
};

// The keys of the server's answer ({"keys": [...]}); keys whose PEM does not give their id are
// left out (a key is trusted by what it is, not by what it is called).
QList<CachedKey> keysFromJson(const QJsonObject &answer);
QList<CachedKey> loadCachedKeys();
void saveCachedKeys(const QList<CachedKey> &keys);

enum class OfflineVerdict {
    Genuine,     // signed by a known, unrevoked key of the town
    Forged,      // the signature does not match what the code says
    Revoked,     // signed by a key the town has revoked
    UnknownKey,  // no such key known here (refresh the keys while the server can be reached)
};

OfflineVerdict verifyOffline(const verification::VerificationCode &code,
                             const QList<CachedKey> &keys);

} // namespace kikan::client
