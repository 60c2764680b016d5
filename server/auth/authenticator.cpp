// Resolving bearer tokens to principals (see authenticator.h).
#include "authenticator.h"

#include "authevents.h"
#include "secrethash.h"
#include "sessions.h"
#include "userstore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/store/database.h"
#include "shared/api/errorcode.h"

namespace kikan::auth {

namespace {
// last_seen_at is written at most this often: fewer writes, idle timeout precise to a minute.
constexpr qint64 kTouchSeconds = 60;
} // namespace

SessionAuthenticator::SessionAuthenticator(core::ServerContext &context)
    : m_context(context), m_settings(AuthSettings::from(context.config))
{
}

std::optional<http::Principal> SessionAuthenticator::authenticate(const http::Request &request)
{
    if (request.header("authorization").isEmpty())
        return std::nullopt;
    const QString token = bearerToken(request);
    if (token.isEmpty())
        throw core::Failure(api::err::Unauthenticated);
    QSqlDatabase db = m_context.database.connection();
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT id, user_id, method, last_seen_at, "
                                                 "expires_at, ended_at FROM sessions "
                                                 "WHERE token_hash = ?"), {tokenHash(token)});
    if (!q.next())
        throw core::Failure(api::err::Unauthenticated);
    const qint64 sessionId = q.value(0).toLongLong();
    const qint64 userId = q.value(1).toLongLong();
    const QString method = q.value(2).toString();
    const QDateTime lastSeen = core::parseTimestamp(q.value(3).toString());
    const QDateTime expiresAt = core::parseTimestamp(q.value(4).toString());
    if (!q.value(5).isNull() && !q.value(5).toString().isEmpty())
        throw core::Failure(api::err::SessionExpired);
    q.finish();

    const QDateTime now = m_context.clock.now();
    const std::optional<User> user = findUser(db, userId);
    QString endReason;
    if (now >= expiresAt)
        endReason = QStringLiteral("lifetime");
    else if (lastSeen.secsTo(now) > qint64(m_settings.sessionIdleMinutes) * 60)
        endReason = QStringLiteral("idle");
    else if (!user || user->disabled)
        endReason = QStringLiteral("disabled");
    if (!endReason.isEmpty()) {
        // Logged once: only the request that actually ends the session writes the entry.
        if (endSession(db, sessionId, endReason, now)) {
            audit::AuditEntry e = audit::AuditEntry::forRequest(
                request, audit::LogKind::Authentication,
                QString::fromLatin1(event::SessionExpired));
            e.userId = userId;
            e.loginId = user ? user->loginId : QString();
            e.authMethod = method;
            e.sessionRef = sessionRef(sessionId);
            e.subject = QStringLiteral("user:%1").arg(userId);
            e.detail = {{QStringLiteral("reason"), endReason}};
            m_context.audit.append(e);
        }
        throw core::Failure(api::err::SessionExpired);
    }
    if (lastSeen.secsTo(now) >= kTouchSeconds) {
        store::exec(db, QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id = ?"),
                    {core::timestamp(now), sessionId});
    }
    http::Principal p;
    p.userId = userId;
    p.loginId = user->loginId;
    p.displayName = user->displayName;
    p.sessionRef = sessionRef(sessionId);
    p.authMethod = method;
    p.rights = userRights(db, userId);
    // A temporary password only binds password sign-ins: an IC card + PIN proves the person.
    p.mustChangePassword = user->mustChangePassword && method == QLatin1String("password");
    return p;
}

} // namespace kikan::auth
