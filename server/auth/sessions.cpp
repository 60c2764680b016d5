// The sessions table (see sessions.h).
#include "sessions.h"

#include "secrethash.h"
#include "userstore.h"
#include "server/http/request.h"
#include "server/core/dates.h"
#include "server/store/database.h"

namespace kikan::auth {

OpenedSession openSession(QSqlDatabase db, const AuthSettings &settings, qint64 userId,
                          const QString &method, const QString &cardId,
                          const QString &clientAddress, const QDateTime &now)
{
    OpenedSession s;
    s.token = newSessionToken();
    s.expiresAt = now.addSecs(qint64(settings.sessionMaxHours) * 3600);
    s.id = store::insertReturningId(
        db,
        QStringLiteral("INSERT INTO sessions (token_hash, user_id, method, card_id, created_at, "
                       "last_seen_at, expires_at, client_address) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, '')) "
                       "RETURNING id"),
        {tokenHash(s.token), userId, method,
         cardId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(cardId),
         core::timestamp(now), core::timestamp(now), core::timestamp(s.expiresAt), clientAddress});
    return s;
}

bool endSession(QSqlDatabase db, qint64 sessionId, const QString &reason, const QDateTime &now)
{
    QSqlQuery q = store::exec(db,
                              QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = ? "
                                             "WHERE id = ? AND ended_at IS NULL"),
                              {core::timestamp(now), reason, sessionId});
    return q.numRowsAffected() > 0;
}

int endUserSessions(QSqlDatabase db, qint64 userId, const QString &reason, const QDateTime &now)
{
    QSqlQuery q = store::exec(db,
                              QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = ? "
                                             "WHERE user_id = ? AND ended_at IS NULL"),
                              {core::timestamp(now), reason, userId});
    return q.numRowsAffected();
}

int endCardSessions(QSqlDatabase db, qint64 userId, const QString &cardId, const QString &reason,
                    const QDateTime &now)
{
    QSqlQuery q = store::exec(db,
                              QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = ? "
                                             "WHERE card_id = ? AND user_id = ? "
                                             "AND ended_at IS NULL"),
                              {core::timestamp(now), reason, cardId, userId});
    return q.numRowsAffected();
}

QString bearerToken(const http::Request &request)
{
    const QByteArray header = request.header("authorization").trimmed();
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

QString sessionRef(qint64 sessionId)
{
    return QStringLiteral("s%1").arg(sessionId);
}

} // namespace kikan::auth
