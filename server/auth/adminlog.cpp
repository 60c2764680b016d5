// The operation log of administrative changes (see adminlog.h).
#include "adminlog.h"

namespace kikan::auth {

AdminLog::AdminLog(app::ServerContext &context, audit::AuditEntry actor)
    : m_context(context), m_actor(std::move(actor))
{
    m_actor.kind = audit::LogKind::Operation;
}

audit::AuditEntry AdminLog::commandLineActor()
{
    audit::AuditEntry e;
    e.kind = audit::LogKind::Operation;
    e.authMethod = QStringLiteral("cli");
    e.loginId = qEnvironmentVariable("USER", QStringLiteral("cli"));
    e.clientAddress = QStringLiteral("local");
    return e;
}

QString AdminLog::actorName() const
{
    return m_actor.authMethod == QLatin1String("cli")
               ? QStringLiteral("cli:") + m_actor.loginId
               : m_actor.loginId;
}

void AdminLog::write(const char *event, const Change &change, bool success)
{
    audit::AuditEntry e = m_actor;
    e.event = QString::fromLatin1(event);
    e.success = success;
    e.subject = change.subject;
    e.detail = change.detail;
    m_context.audit.append(e);
}

} // namespace kikan::auth
