// 督促 (docs/revenue.md "督促"): a batch that issues a 督促状 for every 調定 still unpaid the town's
// number of days after its 納期限 (resources/revenue/dunning.json: 20 days, 督促手数料 by 条例 [要確認])
// and not dunned before — its rows (督促番号, 未納額, 手数料, 指定期限), one PDF with a page per
// 督促状 (resources/revenue/dunning-notice.json through the form engine), the operation entry
// (revenue.dunning) and the 印刷ログ entry (revenue.dunning_print) in one transaction. Run twice on
// a day, the second finds nothing new. A dry run answers the same and keeps nothing.
#pragma once

#include "server/core/actor.h"
#include "server/core/context.h"
#include "shared/core/money.h"

#include <QDate>
#include <QList>

namespace kikan::revenue {

class RevenueLedger;

struct DunningRules {
    int daysAfterDue = 20;
    core::Money fee;
    int payWithinDays = 10;
};
// The town's rules compiled in (resources/revenue/dunning.json).
const DunningRules &dunningRules();

struct DunningNotice {
    qint64 assessmentId = 0;
    qint64 partyNo = 0;
    QString serial;          // 督促番号
    QString noticeNo;
    QDate dueDate;
    core::Money outstanding;
    core::Money fee;
    QDate payBy;             // 指定期限
};

struct DunningBatch {
    QDate issuedOn;
    bool dryRun = false;
    QList<DunningNotice> notices;
    QByteArray pdf;          // empty when there are none
};

// Errors: revenue.receipt_print (the 督促状 cannot be rendered: nothing is kept).
DunningBatch runDunning(core::ServerContext &context, const RevenueLedger &ledger, const QDate &issuedOn,
                        bool dryRun, const core::Actor &actor);

} // namespace kikan::revenue
