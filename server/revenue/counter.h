// 窓口収納: cash paid at the counter against a 納付書's 通知書番号, matched like any receipt
// (reconciler.h) and handed over with a 領収証書 rendered through the form engine
// (resources/revenue/counter-receipt.json). The receipt, its 消込, the operation-log entry and
// the 印刷ログ entry commit together; a receipt that cannot be printed is not taken.
#pragma once

#include "receipt.h"
#include "server/assessment/assessmentledger.h"
#include "server/core/actor.h"
#include "server/core/context.h"
#include "shared/forms/formdata.h"

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

// What 収納管理's printed forms share (領収証書, 督促状): the town's name (:/kikan/town/town.json),
// a date in 和暦 (令和8年5月27日), a 年度 as printed (令和8年度).
QString townName();
QString warekiText(const QDate &date);
QString fiscalYearLabel(int fiscalYear);
// The values a notice about a 調定 prints (督促状, 還付通知書): the addressee on `asOf` from the
// PartyDirectory (postalCode, address, name; empty when unknown), partyNo, revenueItem,
// fiscalYear, installment, noticeNo and town.
QHash<QString, QString> noticeValues(const core::ServerContext &context, const assessment::Assessment &a,
                                     const QDate &asOf);

// A form of resources/revenue/<name>.json rendered to PDF with `pages`; throws
// revenue.receipt_print when the layout or a page cannot be rendered.
QByteArray renderRevenueForm(const QString &name, const QList<forms::PageData> &pages, const QString &title);

// The name of a 科目 as printed (resources/revenue/revenue-items.json), or the code itself.
QString revenueItemName(const QString &code);

} // namespace kikan::revenue
