// Administration of groups and the rights granted to them, the built-in groups created by
// `kikan-server init`, and the server-wide sign-in setting. Shared by the /admin routes and the
// `kikan-server group` command; each change is one transaction, then one operation-log entry.
#pragma once

#include "adminlog.h"

#include <QJsonArray>
#include <QStringList>

#include <optional>

namespace kikan::auth {

struct GroupInput {
    QString name;
    QString description;
    QStringList rights; // "area:action", each in the catalogue
};

// [{id, name, description, rights:[…], memberCount, version}] ordered by name.
QJsonArray listGroups(QSqlDatabase db);

class GroupAdmin
{
public:
    GroupAdmin(core::ServerContext &context, audit::AuditEntry actor);

    qint64 create(const GroupInput &input);
    void update(qint64 id, const GroupInput &input, int version);
    // version: when given, must match (store.conflict otherwise).
    void remove(qint64 id, std::optional<int> version);
    void setPasswordSignIn(bool enabled);
    // Creates the built-in groups that are missing; returns how many were created.
    int ensureBuiltInGroups();
    // The id of a group name, or 0.
    qint64 idOf(const QString &name);

private:
    void checkInput(const GroupInput &input);
    void setRights(QSqlDatabase db, qint64 groupId, const QStringList &rights);

    core::ServerContext &m_context;
    AdminLog m_log;
};

} // namespace kikan::auth
