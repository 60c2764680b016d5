// The contract 口座管理 offers 収納管理's 口座振替 (like server/assessment/assessmentledger.h for
// 調定): which account each 納義務者 has registered for a 引落日, with the 全銀 names the request
// file needs, and marking the accounts a request file went out for (新規コード 1 only the first
// time). Provided by the bank_account module at start (context.services).
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kikan::bank_account {

// A 納義務者's account as a 全銀 request record needs it (names in 全銀 半角カナ).
struct DebitAccount {
    QString bankCode, bankName, branchCode, branchName;
    int accountType = 1;
    QString accountNo;
    QString holderName;      // 全銀 kana
    bool firstDebit = false; // 新規コード 1: never requested before
    qint64 accountId = 0;    // the registration (bank_accounts.id); 0 when not from 口座管理
};

class DebitAccounts
{
public:
    virtual ~DebitAccounts() = default;
    // The registration in force on `debitDate` of every party that has one, by 宛名番号.
    virtual QHash<qint64, DebitAccount> debitAccountsOn(const QDate &debitDate) const = 0;
    // Records, in the caller's transaction, that a request file for `debitDate` includes these
    // registrations (the first such date is kept: later files write 新規コード 0).
    virtual void markRequested(QSqlDatabase db, const QList<qint64> &accountIds,
                               const QDate &debitDate) const = 0;
};

} // namespace kikan::bank_account
