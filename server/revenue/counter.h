// 窓口収納: cash paid at the counter against a 納付書's 通知書番号, matched like any receipt
// (reconciler.h) and handed over with a 領収証書 rendered through the form engine
// (resources/revenue/counter-receipt.json). The receipt, its 消込, the operation-log entry and
// the 印刷ログ entry commit together; a receipt that cannot be printed is not taken.
#pragma once

#include "receipt.h"
#include "server/core/actor.h"
#include "server/core/context.h"

namespace kikan::revenue {

class RevenueLedger;
class Reconciler;

struct CounterPayment {
    QString noticeNo;      // 通知書番号 of the 納付書 handed in
    core::Money amount;    // cash received
};

struct CounterReceipt {
    Receipt receipt;
    QString serial;        // 領収番号 as printed
    QByteArray pdf;        // the 領収証書
};

// Errors: request.validation (no 通知書番号, amount not above 0), revenue.assessment_not_found
// (no 調定 has that 通知書番号), revenue.receipt_print (the 領収証書 cannot be rendered).
CounterReceipt takeCounterPayment(core::ServerContext &context, Reconciler &reconciler,
                                  RevenueLedger &ledger, const CounterPayment &payment,
                                  const core::Actor &actor);

// The name of a 科目 as printed (resources/revenue/revenue-items.json), or the code itself.
QString revenueItemName(const QString &code);

} // namespace kikan::revenue
