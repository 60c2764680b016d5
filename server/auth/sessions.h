// Sessions in the store: opening one at sign-in, ending one (sign-out, expiry, disabled user).
// The client holds a 256-bit random token; the sessions table holds only its SHA-256, so a copy
// of the database signs nobody in. Lifetimes: auth/session_idle_minutes, auth/session_max_hours.
#pragma once

#include "authsettings.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace kikan::http {
struct Request;
}

namespace kikan::auth {

struct OpenedSession {
    qint64 id = 0;
    QString token;        // handed to the client once, never stored
    QDateTime expiresAt;  // the absolute end; the idle timeout may end it sooner
};

// cardId: the staff card that signed in (empty for a password); revoking it ends the session.
OpenedSession openSession(QSqlDatabase db, const AuthSettings &settings, qint64 userId,
                          const QString &method, const QString &cardId,
                          const QString &clientAddress, const QDateTime &now);
// Ends one session if it is still open; false when it had already ended.
bool endSession(QSqlDatabase db, qint64 sessionId, const QString &reason, const QDateTime &now);
// Ends every open session of a user (the user was disabled); returns how many.
int endUserSessions(QSqlDatabase db, qint64 userId, const QString &reason, const QDateTime &now);
// Ends every open session a card opened for a user (its binding was revoked); returns how many.
int endCardSessions(QSqlDatabase db, qint64 userId, const QString &cardId, const QString &reason,
                    const QDateTime &now);
// The token of "Authorization: Bearer <token>"; empty without one.
QString bearerToken(const http::Request &request);
// The non-secret reference of a session used in logs ("s" + id).
QString sessionRef(qint64 sessionId);

} // namespace kikan::auth
