// Signing keys: private files in the data folder, public halves in signing_keys (keystore.h).
#include "keystore.h"

#include "events.h"
#include "server/audit/auditlog.h"
#include "server/core/context.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"
#include "shared/api/verification/errors.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

namespace kikan::verification {

namespace {
const char kColumns[] = "key_id, public_key, created_at, retired_at, revoked_at, revoked_reason";

PublicKey readKey(const QSqlQuery &q)
{
    store::RowReader row(q);
    PublicKey k;
    k.keyId = row.text();
    k.publicPem = row.text().toLatin1();
    k.createdAt = row.text();
    k.retiredAt = row.text();
    k.revokedAt = row.text();
    k.revokedReason = row.text();
    return k;
}

[[noreturn]] void cannotSign(const QString &why)
{
    throw core::Failure(api::err::VerificationSignFailed, why);
}
} // namespace

KeyStore::KeyStore(core::ServerContext &context)
    : m_context(context), m_folder(context.config.dataDir + QStringLiteral("/keys"))
{
}

QString KeyStore::keyFile(const QString &keyId) const
{
    return m_folder + QStringLiteral("/signing-") + keyId + QStringLiteral(".pem");
}

std::optional<SigningKey> KeyStore::loadLocal(const QString &keyId)
{
    if (auto it = m_loaded.constFind(keyId); it != m_loaded.constEnd())
        return *it;
    QFile file(keyFile(keyId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    core::Result<SigningKey> key = SigningKey::fromPrivatePem(file.readAll());
    if (!key || key->keyId() != keyId)
        cannotSign(QStringLiteral("署名鍵のファイル %1 が壊れています。").arg(file.fileName()));
    m_loaded.insert(keyId, *key);
    return *key;
}

SigningKey KeyStore::create()
{
    core::Result<SigningKey> key = SigningKey::generate();
    if (!key)
        cannotSign(key.error().message);
    if (!QDir().mkpath(m_folder))
        cannotSign(QStringLiteral("鍵のフォルダ %1 を作れません。").arg(m_folder));
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile file(keyFile(key->keyId()));
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(key->privatePem()) < 0 || !file.commit()) {
        cannotSign(QStringLiteral("署名鍵を %1 に書けません。").arg(file.fileName()));
    }
    store::exec(m_context.database.connection(),
                QStringLiteral("INSERT INTO signing_keys (key_id, public_key, created_at) "
                               "VALUES (?, ?, ?)"),
                {key->keyId(), QString::fromLatin1(key->publicPem()),
                 core::timestampNow(m_context.clock)});
    m_loaded.insert(key->keyId(), *key);
    return *key;
}

std::optional<SigningKey> KeyStore::usableKey()
{
    QSqlQuery q = store::exec(m_context.database.connection(),
                              QStringLiteral("SELECT key_id FROM signing_keys WHERE retired_at IS "
                                             "NULL AND revoked_at IS NULL ORDER BY created_at DESC, "
                                             "key_id"));
    while (q.next()) {
        if (std::optional<SigningKey> key = loadLocal(q.value(0).toString()))
            return key;
    }
    return std::nullopt;
}

bool KeyStore::ensureSigningKey()
{
    QMutexLocker lock(&m_mutex);
    if (usableKey())
        return false;
    create();
    return true;
}

SigningKey KeyStore::signingKey()
{
    QMutexLocker lock(&m_mutex);
    if (std::optional<SigningKey> key = usableKey())
        return *key;
    cannotSign(QStringLiteral("このサーバーには使える署名鍵がありません。サーバーを再起動するか、"
                              "kikan-server signing-key rotate を実行してください。"));
}

SigningKey KeyStore::rotate(const core::Actor &actor)
{
    QMutexLocker lock(&m_mutex);
    QSqlDatabase db = m_context.database.connection();
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT key_id FROM signing_keys WHERE "
                                                 "retired_at IS NULL"));
    QStringList mine;
    while (q.next()) {
        if (loadLocal(q.value(0).toString()))
            mine << q.value(0).toString();
    }
    const QString now = core::timestampNow(m_context.clock);
    for (const QString &keyId : std::as_const(mine)) {
        store::exec(db, QStringLiteral("UPDATE signing_keys SET retired_at = ? WHERE key_id = ?"),
                    {now, keyId});
    }
    const SigningKey key = create();
    m_context.audit.record(actor, audit::LogKind::Operation, QString::fromLatin1(event::KeyCreate),
                           QStringLiteral("signing_key:") + key.keyId(),
                           {{QStringLiteral("retired"), mine.join(QLatin1Char(','))}});
    return key;
}

void KeyStore::revoke(const QString &keyId, const QString &reason, const core::Actor &actor)
{
    QMutexLocker lock(&m_mutex);
    if (!publicKey(keyId))
        throw core::Failure(api::err::VerificationKeyNotFound);
    const QString now = core::timestampNow(m_context.clock);
    store::exec(m_context.database.connection(),
                QStringLiteral("UPDATE signing_keys SET revoked_at = COALESCE(revoked_at, ?), "
                               "revoked_reason = ?, retired_at = COALESCE(retired_at, ?) "
                               "WHERE key_id = ?"),
                {now, reason, now, keyId});
    m_context.audit.record(actor, audit::LogKind::Operation, QString::fromLatin1(event::KeyRevoke),
                           QStringLiteral("signing_key:") + keyId,
                           {{QStringLiteral("reason"), reason}});
}

std::optional<SigningKey> KeyStore::usableKeyById(const QString &keyId)
{
    const std::optional<PublicKey> known = publicKey(keyId);
    if (!known || !known->revokedAt.isEmpty())
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    return loadLocal(keyId);
}

QList<PublicKey> KeyStore::publicKeys() const
{
    QList<PublicKey> out;
    QSqlQuery q = store::exec(m_context.database.connection(),
                              QStringLiteral("SELECT %1 FROM signing_keys ORDER BY created_at, "
                                             "key_id").arg(QLatin1String(kColumns)));
    while (q.next())
        out.append(readKey(q));
    return out;
}

std::optional<PublicKey> KeyStore::publicKey(const QString &keyId) const
{
    QSqlQuery q = store::exec(m_context.database.connection(),
                              QStringLiteral("SELECT %1 FROM signing_keys WHERE key_id = ?")
                                  .arg(QLatin1String(kColumns)),
                              {keyId});
    if (!q.next())
        return std::nullopt;
    return readKey(q);
}

} // namespace kikan::verification
