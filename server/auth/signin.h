// Signing in with a password or a staff IC card + PIN, and changing one's own password.
// Rules (docs/auth.md): the same answer for an unknown user and a wrong password; a run of
// auth/max_failed_attempts failures (password or PIN) locks the account until an administrator
// unlocks it, a success resets the run; disabled accounts are refused; password sign-in can be
// switched off by an administrator (server_settings "auth.password_sign_in").
#pragma once

#include "authsettings.h"
#include "server/core/actor.h"
#include "server/core/context.h"

#include <QJsonObject>
#include <QSqlDatabase>


namespace kikan::auth {

struct User;

// Whether password sign-in is allowed now: the administrator's setting, else the configuration.
bool passwordSignInEnabled(QSqlDatabase db, const AuthSettings &settings);
void storePasswordSignIn(QSqlDatabase db, bool enabled, const QDateTime &now);

class SignIn
{
public:
    explicit SignIn(core::ServerContext &context);

    // Both answer {token, idleTimeoutSeconds, expiresAt, user} or throw the sign-in core::Failure.
    QJsonObject withPassword(const core::Actor &actor, const QString &loginId,
                             const QString &password);
    QJsonObject withCard(const core::Actor &actor, const QString &cardId, const QString &pin);
    // The signed-in user changes their own password (clears "must change").
    void changePassword(const core::Actor &actor, const QString &currentPassword,
                        const QString &newPassword);

private:
    // The last steps of both ways in, once `user` is found and not locked: `secret` checked
    // against `hash` (a wrong one is refused as `wrongReason` and counts towards the lock), a
    // disabled account refused, then succeed().
    QJsonObject checkSecretThenSucceed(const core::Actor &actor, const User &user,
                                       const QString &method, const QString &who,
                                       const QString &secret, const QString &hash,
                                       const QString &wrongReason, const QString &cardId = {});
    QJsonObject succeed(const core::Actor &actor, const User &user, const QString &method,
                        int storedIterations, const QString &secret,
                        const QString &cardId = {});
    // Counts a failed secret; returns true when this failure locked the account.
    bool countFailure(const core::Actor &actor, const User &user);
    [[noreturn]] void refuse(const core::Actor &actor, const QString &method,
                             const User *user, const QString &who, const QString &reason,
                             const char *code);

    core::ServerContext &m_context;
    AuthSettings m_settings;
};

} // namespace kikan::auth
