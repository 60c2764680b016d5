// Staff account administration (see useradmin.h; events in authevents.h).
#include "useradmin.h"

#include "authevents.h"
#include "secrethash.h"
#include "sessions.h"
#include "userstore.h"
#include "server/store/database.h"
#include "server/core/dates.h"
#include "shared/api/errorcode.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace kikan::auth {

namespace {
QString userSubject(qint64 id)
{
    return QStringLiteral("user:%1").arg(id);
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

void checkDisplayName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > 100) {
        throw core::Failure::invalidField(QStringLiteral("displayName"),
                                           QStringLiteral("氏名は1〜100文字で入力してください。"));
    }
}
} // namespace

UserAdmin::UserAdmin(core::ServerContext &context, audit::AuditEntry actor)
    : m_context(context), m_settings(AuthSettings::from(context.config)),
      m_log(context, std::move(actor))
{
}

qint64 UserAdmin::create(const UserInput &in)
{
    return m_log.record(event::UserCreate, {{}, {{QStringLiteral("loginId"), in.loginId}}},
                        [&](Change &change) {
        static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
        if (!loginPattern.match(in.loginId).hasMatch()) {
            throw core::Failure::invalidField(
                QStringLiteral("loginId"),
                QStringLiteral("職員IDは英数字と . _ - の1〜64文字で入力してください。"));
        }
        checkDisplayName(in.displayName);
        if (!in.password.isEmpty())
            m_settings.checkPassword(in.loginId, in.password);
        const QString hash =
            in.password.isEmpty() ? QString() : hashSecret(in.password, m_settings.iterations);
        store::Transaction tx(m_context.database);
        if (findUserByLogin(tx.db(), in.loginId)) {
            throw core::Failure(api::err::AlreadyExists,
                                 QStringLiteral("職員ID %1 はすでに登録されています。").arg(in.loginId));
        }
        checkGroups(tx.db(), in.groupIds);
        const qint64 id = store::insertReturningId(
            tx.db(),
            QStringLiteral("INSERT INTO users (login_id, display_name, password_hash, "
                           "must_change_password, created_at) "
                           "VALUES (?, ?, COALESCE(?, ''), ?, ?) "
                           "RETURNING id"),
            {in.loginId, in.displayName, hash, in.password.isEmpty() || !in.temporaryPassword ? 0 : 1,
             core::timestamp(m_context.clock.now())});
        setGroups(tx.db(), id, in.groupIds);
        m_log.commit(tx, change);
        change.subject = userSubject(id);
        change.detail.insert(QStringLiteral("displayName"), in.displayName);
        change.detail.insert(QStringLiteral("groupIds"), idArray(in.groupIds));
        return id;
    });
}

void UserAdmin::update(qint64 id, const QString &displayName, const QList<qint64> &groupIds,
                       int version)
{
    m_log.record(event::UserUpdate,
                 {userSubject(id), {{QStringLiteral("displayName"), displayName},
                                    {QStringLiteral("groupIds"), idArray(groupIds)}}},
                 [&](Change &change) {
        checkDisplayName(displayName);
        store::Transaction tx(m_context.database);
        const User user = requireUser(tx.db(), id);
        if (user.version != version)
            throw core::Failure(api::err::Conflict);
        checkGroups(tx.db(), groupIds);
        updateRow(tx.db(), id, QStringLiteral("display_name = ?"), {displayName});
        setGroups(tx.db(), id, groupIds);
        m_log.commit(tx, change);
    });
}

void UserAdmin::setDisabled(qint64 id, bool disabled)
{
    m_log.record(disabled ? event::UserDisable : event::UserEnable, {userSubject(id), {}},
                 [&](Change &change) {
        if (disabled && id == m_log.actor().userId) {
            throw core::Failure(api::err::Validation,
                                 QStringLiteral("自分自身のアカウントは利用停止できません。"));
        }
        store::Transaction tx(m_context.database);
        updateRow(tx.db(), id, QStringLiteral("disabled = ?"), {disabled ? 1 : 0});
        if (disabled) {
            const int ended = endUserSessions(tx.db(), id, QStringLiteral("disabled"),
                                              m_context.clock.now());
            change.detail.insert(QStringLiteral("endedSessions"), ended);
        }
        m_log.commit(tx, change);
    });
}

void UserAdmin::unlock(qint64 id)
{
    m_log.record(event::UserUnlock, {userSubject(id), {}}, [&](Change &change) {
        store::Transaction tx(m_context.database);
        updateRow(tx.db(), id, QStringLiteral("locked_at = NULL, failed_count = 0"), {});
        m_log.commit(tx, change);
    });
}

void UserAdmin::resetPassword(qint64 id, const QString &password)
{
    m_log.record(event::UserResetPassword, {userSubject(id), {}}, [&](Change &change) {
        const User user = requireUser(m_context.database.connection(), id);
        m_settings.checkPassword(user.loginId, password);
        const QString hash = hashSecret(password, m_settings.iterations);
        store::Transaction tx(m_context.database);
        updateRow(tx.db(), id, QStringLiteral("password_hash = ?, must_change_password = 1"),
                  {hash});
        m_log.commit(tx, change);
    });
}

void UserAdmin::setPin(qint64 id, const QString &pin)
{
    m_log.record(event::UserSetPin, {userSubject(id), {}}, [&](Change &change) {
        m_settings.checkPin(pin);
        const QString hash = hashSecret(pin, m_settings.iterations);
        store::Transaction tx(m_context.database);
        updateRow(tx.db(), id, QStringLiteral("pin_hash = ?"), {hash});
        m_log.commit(tx, change);
    });
}

void UserAdmin::bindCard(qint64 id, const QString &cardText)
{
    const QString cardId = normaliseCardId(cardText);
    m_log.record(event::CardBind, {userSubject(id), {{QStringLiteral("cardId"), cardId}}},
                 [&](Change &change) {
        if (cardId.isEmpty()) {
            throw core::Failure::invalidField(
                QStringLiteral("cardId"),
                QStringLiteral("職員証の番号は 8〜32 桁の16進数で指定してください。"));
        }
        store::Transaction tx(m_context.database);
        requireUser(tx.db(), id);
        if (const std::optional<User> holder = findUserByCard(tx.db(), cardId)) {
            throw core::Failure(api::err::AlreadyExists,
                                 QStringLiteral("この職員証はすでに職員 %1 に登録されています。")
                                     .arg(holder->loginId));
        }
        store::exec(tx.db(), QStringLiteral("INSERT INTO staff_cards (card_id, user_id, bound_at, "
                                            "bound_by) VALUES (?, ?, ?, ?)"),
                    {cardId, id, core::timestamp(m_context.clock.now()), m_log.actorName()});
        updateRow(tx.db(), id, {}, {});
        m_log.commit(tx, change);
    });
}

void UserAdmin::revokeCard(qint64 id, const QString &cardText)
{
    const QString cardId = normaliseCardId(cardText);
    m_log.record(event::CardRevoke, {userSubject(id), {{QStringLiteral("cardId"), cardId}}},
                 [&](Change &change) {
        store::Transaction tx(m_context.database);
        QSqlQuery q = store::exec(tx.db(), QStringLiteral("UPDATE staff_cards SET revoked_at = ?, "
                                                          "revoked_by = ? WHERE user_id = ? AND "
                                                          "card_id = ? AND revoked_at IS NULL"),
                                  {core::timestamp(m_context.clock.now()), m_log.actorName(), id, cardId});
        if (q.numRowsAffected() == 0) {
            throw core::Failure(api::err::NotFound,
                                 QStringLiteral("この職員にその職員証は登録されていません。"));
        }
        // A lost or withdrawn card must not keep a counter signed in.
        const int ended = endCardSessions(tx.db(), id, cardId, QStringLiteral("card_revoked"),
                                          m_context.clock.now());
        change.detail.insert(QStringLiteral("endedSessions"), ended);
        updateRow(tx.db(), id, {}, {});
        m_log.commit(tx, change);
    });
}

qint64 UserAdmin::idOf(const QString &loginId)
{
    const std::optional<User> user = findUserByLogin(m_context.database.connection(), loginId);
    if (!user) {
        throw core::Failure(api::err::NotFound,
                             QStringLiteral("職員ID %1 は登録されていません。").arg(loginId));
    }
    return user->id;
}

void UserAdmin::checkGroups(QSqlDatabase db, const QList<qint64> &groupIds)
{
    for (qint64 groupId : groupIds) {
        QSqlQuery q = store::exec(db, QStringLiteral("SELECT 1 FROM staff_groups WHERE id = ?"),
                                  {groupId});
        if (!q.next()) {
            throw core::Failure::invalidField(
                QStringLiteral("groupIds"),
                QStringLiteral("存在しないグループ（%1）が指定されています。").arg(groupId));
        }
    }
}

void UserAdmin::setGroups(QSqlDatabase db, qint64 userId, const QList<qint64> &groupIds)
{
    store::exec(db, QStringLiteral("DELETE FROM user_groups WHERE user_id = ?"), {userId});
    QSet<qint64> seen;
    for (qint64 groupId : groupIds) {
        if (seen.contains(groupId))
            continue;
        seen.insert(groupId);
        store::exec(db,
                    QStringLiteral("INSERT INTO user_groups (user_id, group_id) VALUES (?, ?)"),
                    {userId, groupId});
    }
}

void UserAdmin::updateRow(QSqlDatabase db, qint64 id, const QString &assignments,
                          const QVariantList &values)
{
    const QString set = assignments.isEmpty() ? QString() : assignments + QStringLiteral(", ");
    QSqlQuery q = store::exec(db, QStringLiteral("UPDATE users SET %1version = version + 1 "
                                                 "WHERE id = ?").arg(set),
                              QVariantList(values) << id);
    if (q.numRowsAffected() == 0)
        throw core::Failure(api::err::NotFound, QStringLiteral("その職員は登録されていません。"));
}

} // namespace kikan::auth
