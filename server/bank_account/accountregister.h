// 口座管理's service (docs/bank-account.md): registering a party's 口座振替 account (optionally
// ending the one in force the day before, so a change of bank keeps its history), ending one,
// showing a party's registrations; each change one transaction with its operation-log entry, each
// view an access-log entry. It is also the DebitAccounts 収納管理's request file reads.
#pragma once

#include "account.h"
#include "debitaccounts.h"
#include "server/core/actor.h"
#include "server/core/context.h"

namespace kikan::bank_account {

// An account in force to end the day before a new registration starts (a change of account).
struct Replaces {
    qint64 id = 0;
    int version = 0;
};

class AccountRegister : public DebitAccounts
{
public:
    AccountRegister(core::ServerContext &context, const BankDirectory &banks);

    // Errors: those of checkedInput, bank_account.overlap (another registration covers a day of
    // the period), bank_account.not_found / bank_account.conflict (for `replaces`).
    Account registerAccount(const AccountInput &input, const Replaces &replaces, const core::Actor &actor);
    // Ends a registration on `endsOn` (inclusive). Errors: bank_account.not_found,
    // bank_account.conflict (stale version), bank_account.state (already ended earlier, or an
    // end before its start).
    Account endAccount(qint64 id, int version, const QDate &endsOn, const QString &reason,
                       const core::Actor &actor);
    QList<Account> accountsOf(qint64 partyNo, const core::Actor &actor) const;

    QHash<qint64, DebitAccount> debitAccountsOn(const QDate &debitDate) const override;
    void markRequested(QSqlDatabase db, const QList<qint64> &accountIds,
                       const QDate &debitDate) const override;

private:
    void log(const core::Actor &actor, const char *event, qint64 partyNo, QJsonObject detail,
             const QString &error) const;

    core::ServerContext &m_context;
    const BankDirectory &m_banks;
};

} // namespace kikan::bank_account
