// Password and card sign-in, lockout, and password change (rules in signin.h and docs/auth.md).
#include "signin.h"

#include "authevents.h"
#include "secrethash.h"
#include "sessions.h"
#include "userstore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/core/actor.h"
#include "server/store/database.h"
#include "shared/api/errorcode.h"

namespace kikan::auth {

namespace {
const QString kSettingName = QStringLiteral("auth.password_sign_in");
const QString kPassword = QStringLiteral("password");
const QString kCard = QStringLiteral("card");

// Spends the same time on an unknown user as on a known one, so timing does not tell them apart.
void verifyAgainstDummy(const QString &secret, int iterations)
{
    static const QString dummy = hashSecret(QStringLiteral("no such user"), iterations);
    verifySecret(secret, dummy);
}
} // namespace

bool passwordSignInEnabled(QSqlDatabase db, const AuthSettings &settings)
{
    QSqlQuery q = store::exec(db,
                              QStringLiteral("SELECT value FROM server_settings WHERE name = ?"),
                              {kSettingName});
    return q.next() ? q.value(0).toString() == QLatin1String("true")
                    : settings.passwordSignInDefault;
}

void storePasswordSignIn(QSqlDatabase db, bool enabled, const QDateTime &now)
{
    store::exec(db, QStringLiteral("INSERT INTO server_settings (name, value, updated_at) "
                                   "VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                                   "value = excluded.value, updated_at = excluded.updated_at"),
                {kSettingName, enabled ? QStringLiteral("true") : QStringLiteral("false"),
                 core::timestamp(now)});
}

SignIn::SignIn(core::ServerContext &context)
    : m_context(context), m_settings(AuthSettings::from(context.config))
{
}

QJsonObject SignIn::withPassword(const core::Actor &actor, const QString &loginId,
                                 const QString &password)
{
    QSqlDatabase db = m_context.database.connection();
    if (!passwordSignInEnabled(db, m_settings)) {
        refuse(actor, kPassword, nullptr, loginId, QStringLiteral("method_disabled"),
               api::err::PasswordMethodDisabled);
    }
    const std::optional<User> user = findUserByLogin(db, loginId);
    if (!user || user->passwordHash.isEmpty()) {
        verifyAgainstDummy(password, m_settings.iterations);
        refuse(actor, kPassword, user ? &*user : nullptr, loginId,
               user ? QStringLiteral("no_password") : QStringLiteral("unknown_user"),
               api::err::InvalidCredentials);
    }
    if (user->locked())
        refuse(actor, kPassword, &*user, loginId, QStringLiteral("locked"),
               api::err::AccountLocked);
    return checkSecretThenSucceed(actor, *user, kPassword, loginId, password, user->passwordHash,
                                  QStringLiteral("wrong_password"));
}

QJsonObject SignIn::withCard(const core::Actor &actor, const QString &cardText,
                             const QString &pin)
{
    QSqlDatabase db = m_context.database.connection();
    const QString cardId = normaliseCardId(cardText);
    const std::optional<User> user =
        cardId.isEmpty() ? std::nullopt : findUserByCard(db, cardId);
    const QString who = QStringLiteral("card:") + (cardId.isEmpty()
                                                   ? QStringLiteral("?") : cardId);
    if (!user)
        refuse(actor, kCard, nullptr, who, QStringLiteral("card_not_bound"),
               api::err::CardNotBound);
    if (user->locked())
        refuse(actor, kCard, &*user, who, QStringLiteral("locked"), api::err::AccountLocked);
    if (user->pinHash.isEmpty()) {
        verifyAgainstDummy(pin, m_settings.iterations);
        refuse(actor, kCard, &*user, who, QStringLiteral("no_pin"),
               api::err::InvalidCredentials);
    }
    return checkSecretThenSucceed(actor, *user, kCard, who, pin, user->pinHash,
                                  QStringLiteral("wrong_pin"), cardId);
}

QJsonObject SignIn::checkSecretThenSucceed(const core::Actor &actor, const User &user,
                                           const QString &method, const QString &who,
                                           const QString &secret, const QString &hash,
                                           const QString &wrongReason, const QString &cardId)
{
    const SecretCheck check = verifySecret(secret, hash);
    if (!check.match) {
        const bool lockedNow = countFailure(actor, user);
        refuse(actor, method, &user, who, wrongReason,
               lockedNow ? api::err::AccountLocked : api::err::InvalidCredentials);
    }
    if (user.disabled)
        refuse(actor, method, &user, who, QStringLiteral("disabled"), api::err::AccountDisabled);
    return succeed(actor, user, method, check.iterations, secret, cardId);
}

QJsonObject SignIn::succeed(const core::Actor &actor, const User &user, const QString &method,
                            int storedIterations, const QString &secret,
                            const QString &cardId)
{
    const QDateTime now = m_context.clock.now();
    // A hash made with fewer iterations than configured now is upgraded while the secret is known.
    const QString rehash =
        storedIterations < m_settings.iterations ? hashSecret(secret,
                                                              m_settings.iterations) : QString();
    store::Transaction tx(m_context.database);
    store::exec(tx.db(), QStringLiteral("UPDATE users SET failed_count = 0, last_sign_in_at = ? "
                                        "WHERE id = ?"), {core::timestamp(now), user.id});
    if (!rehash.isEmpty()) {
        store::exec(tx.db(), QStringLiteral("UPDATE users SET %1 = ? WHERE id = ?")
                                 .arg(method == kCard ? QStringLiteral("pin_hash")
                                                      : QStringLiteral("password_hash")),
                    {rehash, user.id});
    }
    const OpenedSession session =
        openSession(tx.db(), m_settings, user.id, method, cardId, actor.clientAddress, now);
    const QSet<QString> rights = userRights(tx.db(), user.id);
    tx.commit();

    audit::AuditEntry e =
        audit::AuditEntry::forActor(actor, audit::LogKind::Authentication, event::SignIn);
    e.userId = user.id;
    e.loginId = user.loginId;
    e.authMethod = method;
    e.sessionRef = sessionRef(session.id);
    e.subject = QStringLiteral("user:%1").arg(user.id);
    e.detail = {{QStringLiteral("method"), method}};
    m_context.audit.append(e);

    return {
        {QStringLiteral("token"), session.token},
        {QStringLiteral("idleTimeoutSeconds"), m_settings.sessionIdleMinutes * 60},
        {QStringLiteral("expiresAt"), core::timestamp(session.expiresAt)},
        {QStringLiteral("user"), signedInUser(user, rights)},
    };
}

bool SignIn::countFailure(const core::Actor &actor, const User &user)
{
    store::Transaction tx(m_context.database);
    store::exec(tx.db(), QStringLiteral("UPDATE users SET failed_count = failed_count + 1 "
                                        "WHERE id = ?"), {user.id});
    QSqlQuery q = store::exec(tx.db(), QStringLiteral("SELECT failed_count, locked_at FROM users "
                                                      "WHERE id = ?"), {user.id});
    q.next();
    const int failed = q.value(0).toInt();
    const bool lockNow = failed >= m_settings.maxFailedAttempts
                         && (q.value(1).isNull() || q.value(1).toString().isEmpty());
    q.finish();
    if (lockNow) {
        store::exec(tx.db(), QStringLiteral("UPDATE users SET locked_at = ? WHERE id = ?"),
                    {core::timestamp(m_context.clock.now()), user.id});
    }
    tx.commit();
    if (lockNow) {
        audit::AuditEntry e = audit::AuditEntry::forActor(
            actor, audit::LogKind::Authentication, event::AccountLocked);
        e.userId = user.id;
        e.loginId = user.loginId;
        e.subject = QStringLiteral("user:%1").arg(user.id);
        e.detail = {{QStringLiteral("failedCount"), failed}};
        m_context.audit.append(e);
    }
    return lockNow;
}

void SignIn::refuse(const core::Actor &actor, const QString &method, const User *user,
                    const QString &who, const QString &reason, const char *code)
{
    audit::AuditEntry e =
        audit::AuditEntry::forActor(actor, audit::LogKind::Authentication, event::SignIn);
    e.success = false;
    e.userId = user ? user->id : 0;
    // The login id as typed is kept even when unknown: repeated guesses show in the log.
    e.loginId = user ? user->loginId : (method == kPassword ? who : QString());
    e.authMethod = method;
    e.subject = method == kCard ? who : QStringLiteral("user:%1").arg(user ? user->id : 0);
    e.detail = {{QStringLiteral("method"), method}, {QStringLiteral("reason"), reason}};
    m_context.audit.append(e);
    throw core::Failure(code);
}

void SignIn::changePassword(const core::Actor &actor, const QString &currentPassword,
                            const QString &newPassword)
{
    QSqlDatabase db = m_context.database.connection();
    const User user = requireUser(db, actor.userId);
    audit::AuditEntry e =
        audit::AuditEntry::forActor(actor, audit::LogKind::Authentication,
                                      event::PasswordChange);
    e.subject = QStringLiteral("user:%1").arg(user.id);
    if (user.passwordHash.isEmpty() || !verifySecret(currentPassword, user.passwordHash).match) {
        countFailure(actor, user);
        e.success = false;
        e.detail = {{QStringLiteral("reason"), QStringLiteral("wrong_password")}};
        m_context.audit.append(e);
        throw core::Failure::invalidField(QStringLiteral("currentPassword"),
                                           QStringLiteral("現在のパスワードが違います。"));
    }
    m_settings.checkPassword(user.loginId, newPassword);
    if (newPassword == currentPassword) {
        throw core::Failure(api::err::PasswordPolicy,
                             QStringLiteral("新しいパスワードは現在のものと違うものにしてください。"));
    }
    store::exec(db, QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = 0, "
                                   "failed_count = 0 WHERE id = ?"),
                {hashSecret(newPassword, m_settings.iterations), user.id});
    m_context.audit.append(e);
}

} // namespace kikan::auth
