// The operation log of administrative changes (see adminlog.h).
#include "adminlog.h"

namespace kikan::auth {

AdminLog::AdminLog(core::ServerContext &context, audit::AuditEntry actor)
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

audit::AuditEntry AdminLog::entry(const char *event, const Change &change, bool success) const
{
    audit::AuditEntry e = m_actor;
    e.event = QString::fromLatin1(event);
    e.success = success;
    e.subject = change.subject;
    e.detail = change.detail;
    return e;
}

void AdminLog::write(const char *event, const Change &change, bool success)
{
    m_context.audit.append(entry(event, change, success));
}

void AdminLog::commit(store::Transaction &tx, const Change &change)
{
    m_context.audit.append(entry(m_event, change, true), tx);
    tx.commit();
    m_committed = true;
}

void AdminLog::requireCommitted(const Change &change)
{
    if (!m_committed)
        write(m_event, change, true);
}

} // namespace kikan::auth
