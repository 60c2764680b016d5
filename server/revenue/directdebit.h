// 口座振替 (預金口座振替) for a 納期: the request file for the bank from the 調定 due that day whose
// 納義務者 has a registered account (the accounts come from 口座管理), and the bank's result file
// read back — 振替済 become receipts matched by 顧客番号 (= 通知書番号), 振替不能 a list for
// re-billing with their 振替結果コード — in one transaction, idempotent by file like every import.
// File format: shared/revenue/zengindebit.h.
#pragma once

#include "receipt.h"
#include "server/core/actor.h"
#include "server/core/context.h"
#include "shared/revenue/zengindebit.h"

#include <QHash>
#include <QSqlDatabase>

namespace kikan::revenue {

class RevenueLedger;
class Reconciler;

// A 納義務者's registered account (口座管理).
struct DebitAccount {
    QString bankCode, bankName, branchCode, branchName;
    int accountType = 1;
    QString accountNo;
    QString holderName;      // 全銀 kana
    bool firstDebit = false; // 新規コード 1
};

// The request file for the 調定 due on `header.debitDate` with something owed and an account.
// Errors: revenue.debit_field (a name outside the 全銀 set: the message names the record).
core::Result<QByteArray> debitRequestFile(const RevenueLedger &ledger, const DebitHeader &header,
                                          const QHash<qint64, DebitAccount> &accounts, bool crlf);

// A debit the bank could not make.
struct DebitFailure {
    int recordNo = 0;
    QString customerNo;
    qint64 assessmentId = 0;
    core::Money amount;
    int resultCode = 0;
    QString resultName;      // 資金不足 …
};

struct DebitImportResult {
    ImportResult import;
    QList<DebitFailure> failures;
};

DebitImportResult importDebitResult(core::ServerContext &context, Reconciler &reconciler,
                                    RevenueLedger &ledger, const QString &fileName,
                                    const QByteArray &bytes, bool dryRun, const core::Actor &actor);

// The 振替不能 of an imported result file.
QList<DebitFailure> debitFailuresOf(QSqlDatabase db, qint64 importId);

} // namespace kikan::revenue
