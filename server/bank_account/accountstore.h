// The SQL of 口座管理 (schema/13001_bank_accounts.sql): registrations written, ended and read.
#pragma once

#include "account.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace kikan::bank_account {

qint64 insertAccount(QSqlDatabase db, const AccountInput &in, const QString &createdAt, qint64 createdBy);
// Ends a registration at `version` (bumping it); false when the version is stale.
bool endAccount(QSqlDatabase db, qint64 id, int version, const QDate &endsOn, const QString &reason,
                const QString &endedAt, qint64 endedBy);
std::optional<Account> accountById(QSqlDatabase db, qint64 id);
// Every registration of the party for `purpose`, oldest first (its history).
QList<Account> accountsOfParty(QSqlDatabase db, qint64 partyNo, const QString &purpose);
// The registrations of `purpose` in force on `date`.
QList<Account> accountsInForce(QSqlDatabase db, const QString &purpose, const QDate &date);
void markFirstRequested(QSqlDatabase db, const QList<qint64> &ids, const QDate &date);

} // namespace kikan::bank_account
