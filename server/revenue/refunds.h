// 過誤納の充当・還付 (docs/revenue.md "充当 and 還付"; 地方税法 第17条, 第17条の2, 第17条の4):
// a person's open 過誤納 (excess or double payments kept by 消込) are applied first to that
// person's arrears, oldest 納期限 first (充当: the receipt's money pays that 調定 too), and what is
// left is refunded with 還付加算金 (shared/revenue/interest.h; a 過誤納 by 超過・重複納付 counts as
// 誤納, so the 加算金 starts a month after the day after the payment) and a 還付通知書 (serial, PDF
// through the form engine, 印刷ログ). Rows, the operation entry (revenue.refund) and the print entry
// (revenue.refund_print) commit together; a dry run answers the same and keeps nothing.
// A 充当 pays its arrears as of the 充当適状日 (the later of the payment and the arrears' 納期限;
// 第17条の2 第4項 [要確認 the paragraph]): their 延滞金 runs to that day, and the part applied
// earns 還付加算金 from its start to that day, refunded with the rest (a refund of 0円 還付金 and
// its 加算金 when everything was applied).
#pragma once

#include "server/core/actor.h"
#include "server/core/context.h"
#include "shared/core/money.h"

#include <QDate>
#include <QList>

namespace kikan::revenue {

class RevenueLedger;

struct Appropriation {
    qint64 overpaymentId = 0;
    qint64 assessmentId = 0;   // the arrears it paid
    core::Money amount;
    QDate fitOn;               // 充当適状日: the arrears count as paid that day
    core::Money interest;      // 還付加算金 earned by this part through fitOn
};

struct Refund {
    qint64 overpaymentId = 0;
    qint64 assessmentId = 0;   // the 調定 overpaid
    QString serial;            // 還付通知書番号
    core::Money amount;        // 還付金 (0 when all was applied and only 加算金 is refunded)
    core::Money interest;      // 還付加算金, the parts applied by 充当 included
    QDate interestFrom;
};

struct RefundDecision {
    QDate decidedOn;
    bool dryRun = false;
    QList<Appropriation> appropriations;
    QList<Refund> refunds;
    QByteArray pdf;            // the 還付通知書, empty when nothing is refunded
};

// Errors: revenue.receipt_print (the 還付通知書 cannot be rendered: nothing is kept).
RefundDecision settleOverpayments(core::ServerContext &context, const RevenueLedger &ledger, qint64 partyNo,
                                  const QDate &decidedOn, bool dryRun, const core::Actor &actor);

} // namespace kikan::revenue
