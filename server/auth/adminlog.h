// Writing the operation log for administrative changes (staff, groups, rights, cards, settings),
// made over the API or the kikan-server command line. Every change is logged under its event
// (authevents.h); a refused change is logged under the same event with success = false and the
// error code, then the error is passed on.
#pragma once

#include "server/app/context.h"
#include "server/audit/auditlog.h"
#include "server/http/apierror.h"

#include <type_traits>

namespace kikan::auth {

struct Change {
    QString subject;    // "user:12", "group:3", "settings"
    QJsonObject detail; // what changed; never a secret
};

class AdminLog
{
public:
    // actor: who acts and from where (AuditEntry::forRequest, or the command line's entry).
    AdminLog(app::ServerContext &context, audit::AuditEntry actor);

    // The actor for a change made on the command line: authMethod "cli", loginId the OS user.
    static audit::AuditEntry commandLineActor();

    const audit::AuditEntry &actor() const { return m_actor; }
    // Who is recorded as having made a change in the tables (bound_by, revoked_by).
    QString actorName() const;

    // Runs change(Change &) — which must commit its own transaction — and logs the outcome.
    template <typename F>
    auto record(const char *event, Change change, F &&body)
    {
        try {
            if constexpr (std::is_void_v<std::invoke_result_t<F, Change &>>) {
                body(change);
                write(event, change, true);
            } else {
                auto result = body(change);
                write(event, change, true);
                return result;
            }
        } catch (const http::ApiError &error) {
            change.detail.insert(QStringLiteral("error"), error.code());
            write(event, change, false);
            throw;
        }
    }

private:
    void write(const char *event, const Change &change, bool success);

    app::ServerContext &m_context;
    audit::AuditEntry m_actor;
};

} // namespace kikan::auth
