// 口座管理's values and pure rules (docs/bank-account.md): a party's account registered for
// 口座振替 from a start date through an end date, and the checks a registration must pass — the
// bank and branch in the 全銀 master (bankdirectory.h), 預金種目 1/2/3/9, a 口座番号 of up to
// 7 digits (written zero-filled), the holder's name in the 全銀 character set (shared/text/zengin.h)
// and no longer than the request record's 30 bytes (REVENUE.md "全銀 口座振替").
#pragma once

#include "bankdirectory.h"

#include <QDate>
#include <QString>

namespace kikan::bank_account {

namespace purpose {
inline constexpr char DirectDebit[] = "direct_debit"; // 口座振替
} // namespace purpose

struct AccountInput {
    qint64 partyNo = 0;
    QString purpose = QString::fromLatin1(purpose::DirectDebit);
    QString bankCode;     // 4 digits
    QString branchCode;   // 3 digits
    int accountType = 1;  // 1 普通, 2 当座, 3 納税準備, 9 その他
    QString accountNo;    // up to 7 digits
    QString holderKana;   // as typed (全角カナ too); stored in 全銀 半角カナ
    QDate startsOn;       // 振替開始日
    QDate endsOn;         // 振替終了日 (inclusive); invalid = open
};

struct Account {
    qint64 id = 0;
    AccountInput fields;
    QString endReason;
    QDate firstRequestedOn;
    QString createdAt;
    QString endedAt;
    int version = 1;

    bool inForceOn(const QDate &d) const
    {
        return fields.startsOn <= d && (!fields.endsOn.isValid() || d <= fields.endsOn);
    }
};

// The input checked and normalised (codes and number zero-filled, the holder's name converted to
// 全銀 半角カナ). Throws core::Failure: request.validation (a field), bank_account.bank_unknown,
// bank_account.holder_kana (naming the character and its position).
AccountInput checkedInput(AccountInput in, const BankDirectory &banks);

// True when the two periods share a day (an invalid end = open).
bool periodsOverlap(const AccountInput &a, const AccountInput &b);

} // namespace kikan::bank_account
