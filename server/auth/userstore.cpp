// Queries on the users, user_groups, group_rights and staff_cards tables (see userstore.h).
#include "userstore.h"

#include "server/core/failure.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"
#include "shared/api/errorcode.h"

#include <QJsonArray>

#include <algorithm>

namespace kikan::auth {

namespace {
const QString kColumns = QStringLiteral(
    "u.id, u.login_id, u.display_name, u.password_hash, u.pin_hash, u.disabled, "
    "u.must_change_password, u.failed_count, u.locked_at, u.last_sign_in_at, u.version");

User readUser(const QSqlQuery &q)
{
    store::RowReader row(q);
    User u;
    u.id = row.id();
    u.loginId = row.text();
    u.displayName = row.text();
    u.passwordHash = row.text();
    u.pinHash = row.text();
    u.disabled = row.flag();
    u.mustChangePassword = row.flag();
    u.failedCount = row.integer();
    u.lockedAt = row.text();
    u.lastSignInAt = row.text();
    u.version = row.integer();
    return u;
}

std::optional<User> one(QSqlDatabase db, const QString &where, const QVariant &value)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 FROM users u %2").arg(kColumns, where),
                              {value});
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

std::optional<User> findUser(QSqlDatabase db, qint64 id)
{
    return one(db, QStringLiteral("WHERE u.id = ?"), id);
}

std::optional<User> findUserByLogin(QSqlDatabase db, const QString &loginId)
{
    return one(db, QStringLiteral("WHERE u.login_id = ?"), loginId);
}

std::optional<User> findUserByCard(QSqlDatabase db, const QString &cardId)
{
    return one(db,
               QStringLiteral("JOIN staff_cards c ON c.user_id = u.id "
                              "WHERE c.card_id = ? AND c.revoked_at IS NULL"),
               cardId);
}

User requireUser(QSqlDatabase db, qint64 id)
{
    std::optional<User> user = findUser(db, id);
    if (!user)
        throw core::Failure(api::err::NotFound, QStringLiteral("その職員は登録されていません。"));
    return *user;
}

QList<User> listUsers(QSqlDatabase db)
{
    QList<User> out;
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 FROM users u ORDER BY u.login_id")
                                      .arg(kColumns));
    while (q.next())
        out.append(readUser(q));
    return out;
}

QList<qint64> userGroupIds(QSqlDatabase db, qint64 userId)
{
    QList<qint64> out;
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT group_id FROM user_groups "
                                                 "WHERE user_id = ? ORDER BY group_id"), {userId});
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

QList<CardBinding> activeCards(QSqlDatabase db, qint64 userId)
{
    QList<CardBinding> out;
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT card_id, bound_at FROM staff_cards "
                                                 "WHERE user_id = ? AND revoked_at IS NULL "
                                                 "ORDER BY bound_at"), {userId});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

QSet<QString> userRights(QSqlDatabase db, qint64 userId)
{
    QSet<QString> out;
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT DISTINCT r.area, r.action "
                                                 "FROM group_rights r JOIN user_groups g "
                                                 "ON g.group_id = r.group_id WHERE g.user_id = ?"),
                              {userId});
    while (q.next())
        out.insert(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
    return out;
}

QJsonObject userListItem(QSqlDatabase db, const User &user)
{
    QJsonArray groups;
    for (qint64 id : userGroupIds(db, user.id))
        groups.append(id);
    QJsonArray cards;
    for (const CardBinding &c : activeCards(db, user.id)) {
        cards.append(QJsonObject{{QStringLiteral("cardId"), c.cardId},
                                 {QStringLiteral("boundAt"), c.boundAt}});
    }
    return {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("loginId"), user.loginId},
        {QStringLiteral("displayName"), user.displayName},
        {QStringLiteral("disabled"), user.disabled},
        {QStringLiteral("locked"), user.locked()},
        {QStringLiteral("mustChangePassword"), user.mustChangePassword},
        {QStringLiteral("hasPin"), !user.pinHash.isEmpty()},
        {QStringLiteral("groupIds"), groups},
        {QStringLiteral("cards"), cards},
        {QStringLiteral("version"), user.version},
        {QStringLiteral("lastSignInAt"), textOrNull(user.lastSignInAt)},
    };
}

QJsonObject signedInUser(const User &user, const QSet<QString> &rights)
{
    QStringList sorted(rights.begin(), rights.end());
    std::sort(sorted.begin(), sorted.end());
    return {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("loginId"), user.loginId},
        {QStringLiteral("displayName"), user.displayName},
        {QStringLiteral("rights"), QJsonArray::fromStringList(sorted)},
        {QStringLiteral("mustChangePassword"), user.mustChangePassword},
    };
}

} // namespace kikan::auth

namespace kikan::auth {
QString normaliseCardId(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char(':') || c == QLatin1Char('-'))
            continue;
        const QChar u = c.toUpper();
        if (!((u >= QLatin1Char('0') && u <= QLatin1Char('9'))
              || (u >= QLatin1Char('A') && u <= QLatin1Char('F')))) {
            return {};
        }
        out.append(u);
    }
    if (out.size() % 2 != 0 || out.size() < 8 || out.size() > 32)
        return {};
    return out;
}
} // namespace kikan::auth
