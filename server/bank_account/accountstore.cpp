// The SQL of 口座管理 (accountstore.h).
#include "accountstore.h"

#include "server/store/database.h"
#include "server/store/rowreader.h"

#include <QSqlQuery>

namespace kikan::bank_account {

namespace {
const QString kColumns = QStringLiteral(
    "id, party_no, purpose, bank_code, branch_code, account_type, account_no, holder_kana, "
    "starts_on, ends_on, end_reason, first_requested_on, created_at, ended_at, version");

Account readAccount(const QSqlQuery &q)
{
    store::RowReader row(q);
    Account a;
    a.id = row.id();
    AccountInput &f = a.fields;
    f.partyNo = row.id();
    f.purpose = row.text();
    f.bankCode = row.text();
    f.branchCode = row.text();
    f.accountType = row.integer();
    f.accountNo = row.text();
    f.holderKana = row.text();
    f.startsOn = row.date();
    f.endsOn = row.date();
    a.endReason = row.text();
    a.firstRequestedOn = row.date();
    a.createdAt = row.text();
    a.endedAt = row.text();
    a.version = row.integer();
    return a;
}

QList<Account> many(QSqlDatabase db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 FROM bank_accounts WHERE %2")
                                      .arg(kColumns, where), values);
    QList<Account> out;
    while (q.next())
        out.append(readAccount(q));
    return out;
}
} // namespace

qint64 insertAccount(QSqlDatabase db, const AccountInput &in, const QString &createdAt, qint64 createdBy)
{
    return store::insertReturningId(
        db, QStringLiteral("INSERT INTO bank_accounts (party_no, purpose, bank_code, branch_code, "
                           "account_type, account_no, holder_kana, starts_on, ends_on, end_reason, "
                           "created_at, created_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, 1) "
                           "RETURNING id"),
        {in.partyNo, in.purpose, in.bankCode, in.branchCode, in.accountType, in.accountNo,
         in.holderKana, store::dateValue(in.startsOn), store::dateValue(in.endsOn), createdAt, createdBy});
}

bool endAccount(QSqlDatabase db, qint64 id, int version, const QDate &endsOn, const QString &reason,
                const QString &endedAt, qint64 endedBy)
{
    QSqlQuery q = store::exec(db, QStringLiteral("UPDATE bank_accounts SET ends_on = ?, end_reason = ?, "
                                                 "ended_at = ?, ended_by = ?, version = version + 1 "
                                                 "WHERE id = ? AND version = ?"),
                              {store::dateValue(endsOn), store::notNull(reason), endedAt, endedBy, id, version});
    return q.numRowsAffected() == 1;
}

std::optional<Account> accountById(QSqlDatabase db, qint64 id)
{
    const QList<Account> found = many(db, QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Account> accountsOfParty(QSqlDatabase db, qint64 partyNo, const QString &purpose)
{
    return many(db, QStringLiteral("party_no = ? AND purpose = ? ORDER BY starts_on, id"), {partyNo, purpose});
}

QList<Account> accountsInForce(QSqlDatabase db, const QString &purpose, const QDate &date)
{
    const QString d = date.toString(Qt::ISODate);
    return many(db, QStringLiteral("purpose = ? AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?) "
                                   "ORDER BY party_no, starts_on"), {purpose, d, d});
}

void markFirstRequested(QSqlDatabase db, const QList<qint64> &ids, const QDate &date)
{
    for (const qint64 id : ids) {
        store::exec(db, QStringLiteral("UPDATE bank_accounts SET first_requested_on = ? "
                                       "WHERE id = ? AND first_requested_on IS NULL"),
                    {store::dateValue(date), id});
    }
}

} // namespace kikan::bank_account
