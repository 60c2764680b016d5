// Administration of staff accounts and their IC cards, shared by the /admin/users routes and the
// `kikan-server user` command. Each change is one transaction, then one operation-log entry.
// Concurrency: updates carry the version the administrator saw (store.conflict when it moved on).
#pragma once

#include "adminlog.h"
#include "authsettings.h"

#include <QList>
#include <QString>

namespace kikan::auth {

struct UserInput {
    QString loginId;
    QString displayName;
    QString password;       // empty: no password yet (card only, or reset later)
    QList<qint64> groupIds;
    // A password an administrator sets is temporary: its owner must change it at first sign-in.
    // False when the staff member typed it themselves at the administrator's terminal.
    bool temporaryPassword = true;
};

class UserAdmin
{
public:
    UserAdmin(core::ServerContext &context, audit::AuditEntry actor);

    qint64 create(const UserInput &input);
    void update(qint64 id, const QString &displayName, const QList<qint64> &groupIds, int version);
    // Disabling also ends every open session of the user.
    void setDisabled(qint64 id, bool disabled);
    void unlock(qint64 id);
    // Sets a password the user must change at the next sign-in.
    void resetPassword(qint64 id, const QString &password);
    void setPin(qint64 id, const QString &pin);
    void bindCard(qint64 id, const QString &cardId);
    void revokeCard(qint64 id, const QString &cardId);

    // The id of a login id, or core::Failure(request.not_found) (for the command line).
    qint64 idOf(const QString &loginId);

private:
    void checkGroups(QSqlDatabase db, const QList<qint64> &groupIds);
    void setGroups(QSqlDatabase db, qint64 userId, const QList<qint64> &groupIds);
    // Runs an UPDATE on one user row that also bumps its version; NotFound when no row.
    void updateRow(QSqlDatabase db, qint64 id, const QString &assignments,
                   const QVariantList &values);

    core::ServerContext &m_context;
    AuthSettings m_settings;
    AdminLog m_log;
};

} // namespace kikan::auth
