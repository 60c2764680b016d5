// Reading staff accounts from the store: users, their groups, active card bindings and rights
// (the union of their groups' rights), and their JSON forms in the API (docs/auth.md).
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kikan::auth {

struct User {
    qint64 id = 0;
    QString loginId;
    QString displayName;
    QString passwordHash; // empty: no password (card only)
    QString pinHash;      // empty: no PIN set
    bool disabled = false;
    bool mustChangePassword = false;
    int failedCount = 0;
    QString lockedAt;     // empty unless locked
    QString lastSignInAt;
    int version = 0;
    bool locked() const { return !lockedAt.isEmpty(); }
};

struct CardBinding {
    QString cardId;
    QString boundAt;
};

std::optional<User> findUser(QSqlDatabase db, qint64 id);
std::optional<User> findUserByLogin(QSqlDatabase db, const QString &loginId);
// The user an active (not revoked) binding of the card belongs to.
std::optional<User> findUserByCard(QSqlDatabase db, const QString &cardId);
// findUser or core::Failure(request.not_found).
User requireUser(QSqlDatabase db, qint64 id);
QList<User> listUsers(QSqlDatabase db);
QList<qint64> userGroupIds(QSqlDatabase db, qint64 userId);
QList<CardBinding> activeCards(QSqlDatabase db, qint64 userId);
QSet<QString> userRights(QSqlDatabase db, qint64 userId);

// The administration view: {id, loginId, displayName, disabled, locked, mustChangePassword,
// hasPin, groupIds, cards:[{cardId, boundAt}], version, lastSignInAt}.
QJsonObject userListItem(QSqlDatabase db, const User &user);
// The signed-in view: {id, loginId, displayName, rights:[…] sorted, mustChangePassword}.
QJsonObject signedInUser(const User &user, const QSet<QString> &rights);

} // namespace kikan::auth

namespace kikan::auth {
// A card id as stored: upper-case hex of the card UID (spaces, ':' and '-' dropped); empty when
// the text is not 4–16 bytes of hex.
QString normaliseCardId(const QString &text);
} // namespace kikan::auth
