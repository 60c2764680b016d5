// 口座振替 (預金口座振替) for a 納期: the request file for the bank from the 調定 due that day whose
// 納義務者 has a registered account (the accounts come from 口座管理), and the bank's result file
// read back — 振替済 become receipts matched by 顧客番号 (= 通知書番号), 振替不能 a list for
// re-billing with their 振替結果コード — in one transaction, idempotent by file like every import.
// File format: shared/revenue/zengindebit.h.
#pragma once

#include "receipt.h"
#include "server/bank_account/debitaccounts.h"
#include "server/core/actor.h"
#include "server/core/context.h"
#include "shared/revenue/zengindebit.h"

#include <QHash>
#include <QSqlDatabase>

namespace kikan::revenue {

class RevenueLedger;
class Reconciler;

// A 納義務者's registered account (口座管理: server/bank_account/debitaccounts.h).
using DebitAccount = bank_account::DebitAccount;

// The request file for the 調定 due on `header.debitDate` with something owed and an account.
// Errors: revenue.debit_field (a name outside the 全銀 set: the message names the record).
core::Result<QByteArray> debitRequestFile(const RevenueLedger &ledger, const DebitHeader &header,
                                          const QHash<qint64, DebitAccount> &accounts, bool crlf);

// The town's own header fields (resources/revenue/direct-debit-consignor.json: 委託者コード and
// 名, 取引銀行 and 口座 [要確認]) for `debitDate`, its bank's names from the zengin-code master.
DebitHeader consignorHeader(const QDate &debitDate);

// The request file for a 納期 as sent to the bank: the 調定 due on `debitDate` with something
// owed, for the parties with an account in force that day (口座管理). Unless a dry run, the
// accounts are marked requested (新規コード 1 only for the first 納期) and the operation logged
// (revenue.debit_request with the date, count and total) in one transaction.
struct DebitRequest {
    QByteArray bytes;
    QString fileName;         // furikae-irai-YYYYMMDD.txt
    int count = 0;
    core::Money total;
};
DebitRequest createDebitRequest(core::ServerContext &context, const RevenueLedger &ledger,
                                const QDate &debitDate, bool dryRun, const core::Actor &actor);

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
