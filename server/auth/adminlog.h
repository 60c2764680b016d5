// Writing the operation log for administrative changes (staff, groups, rights, cards, settings),
// made over the API or the kikan-server command line. Every change is logged under its event
// (authevents.h); a refused change is logged under the same event with success = false and the
// error code, then the error is passed on.
#pragma once

#include "server/core/context.h"
#include "server/audit/auditlog.h"
#include "server/core/failure.h"
#include "server/store/database.h"

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
    AdminLog(core::ServerContext &context, audit::AuditEntry actor);

    // The actor for a change made on the command line: authMethod "cli", loginId the OS user.
    static audit::AuditEntry commandLineActor();

    const audit::AuditEntry &actor() const { return m_actor; }
    // Who is recorded as having made a change in the tables (bound_by, revoked_by).
    QString actorName() const;

    // Runs body(Change &) and logs the outcome. The body opens its own transaction (slow work such
    // as hashing a password comes before it) and ends it with commit(tx, change), which writes
    // the success entry in that same transaction: a change is never committed without its log
    // entry, and an entry that cannot be written rolls the change back (store.unavailable).
    // A refused change (core::Failure) is rolled back and logged with success = false.
    template <typename F>
    auto record(const char *event, Change change, F &&body)
    {
        m_event = event;
        m_committed = false;
        try {
            if constexpr (std::is_void_v<std::invoke_result_t<F, Change &>>) {
                body(change);
                requireCommitted(change);
            } else {
                auto result = body(change);
                requireCommitted(change);
                return result;
            }
        } catch (const core::Failure &error) {
            if (m_committed)
                throw; // committed and logged; the error came after (e.g. reading the result)
            change.detail.insert(QStringLiteral("error"), error.code());
            write(event, change, false);
            throw;
        }
    }

    // Inside record(): writes the success entry into tx and commits both.
    void commit(store::Transaction &tx, const Change &change);

private:
    audit::AuditEntry entry(const char *event, const Change &change, bool success) const;
    void write(const char *event, const Change &change, bool success);
    // A body that returned without commit() changed nothing: its success is still logged.
    void requireCommitted(const Change &change);

    core::ServerContext &m_context;
    audit::AuditEntry m_actor;
    const char *m_event = "";
    bool m_committed = false;
};

} // namespace kikan::auth
