// keycache.h: the keys in QSettings ("verification/keys", JSON) and the offline check.
#include "keycache.h"

#include "shared/verification/signingkey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace kikan::client {

namespace {
const char kSettingsKey[] = "verification/keys";
}

QList<CachedKey> keysFromJson(const QJsonObject &answer)
{
    QList<CachedKey> keys;
    for (const QJsonValue &v : answer.value(QStringLiteral("keys")).toArray()) {
        CachedKey k{v[QStringLiteral("keyId")].toString(),
                    v[QStringLiteral("publicKey")].toString().toLatin1(),
                    v[QStringLiteral("revoked")].toBool()};
        if (!k.keyId.isEmpty() && verification::publicKeyId(k.publicPem) == k.keyId)
            keys.append(k);
    }
    return keys;
}

QList<CachedKey> loadCachedKeys()
{
    const QByteArray json = QSettings().value(QLatin1String(kSettingsKey)).toByteArray();
    return keysFromJson(QJsonDocument::fromJson(json).object());
}

void saveCachedKeys(const QList<CachedKey> &keys)
{
    QJsonArray all;
    for (const CachedKey &k : keys) {
        all.append(QJsonObject{{QStringLiteral("keyId"), k.keyId},
                               {QStringLiteral("publicKey"), QString::fromLatin1(k.publicPem)},
                               {QStringLiteral("revoked"), k.revoked}});
    }
    QSettings().setValue(QLatin1String(kSettingsKey),
                         QJsonDocument(QJsonObject{{QStringLiteral("keys"), all}})
                             .toJson(QJsonDocument::Compact));
}

OfflineVerdict verifyOffline(const verification::VerificationCode &code,
                             const QList<CachedKey> &keys)
{
    for (const CachedKey &k : keys) {
        if (k.keyId != code.facts.keyId)
            continue;
        if (!verification::verifySignature(k.publicPem, code.facts.message(), code.signature))
            return OfflineVerdict::Forged;
        return k.revoked ? OfflineVerdict::Revoked : OfflineVerdict::Genuine;
    }
    return OfflineVerdict::UnknownKey;
}

} // namespace kikan::client
