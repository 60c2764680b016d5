// The 収納管理 audit event catalogue (docs/revenue.md "Audit events"): 収納 changes are operations,
// views are accesses.
#pragma once

namespace kikan::revenue::event {
inline constexpr char Import[] = "revenue.import";         // operation: a file's receipts applied
inline constexpr char Reverse[] = "revenue.reverse";       // operation: a match undone
inline constexpr char Match[] = "revenue.match";           // operation: a receipt matched by hand
inline constexpr char Cancel[] = "revenue.cancel";         // operation: a receipt cancelled (取消)
inline constexpr char CounterPayment[] = "revenue.counter_payment"; // operation: 窓口収納
inline constexpr char CounterReceipt[] = "revenue.counter_receipt"; // print: its 領収証書
inline constexpr char DebitRequest[] = "revenue.debit_request"; // operation: a 口座振替 request file made
inline constexpr char Dunning[] = "revenue.dunning";      // operation: a 督促 batch issued
inline constexpr char DunningPrint[] = "revenue.dunning_print"; // print: its 督促状
inline constexpr char Refund[] = "revenue.refund";        // operation: 過誤納 appropriated (充当) / refunded (還付)
inline constexpr char RefundPrint[] = "revenue.refund_print"; // print: 還付通知書
inline constexpr char DailyReportPrint[] = "revenue.daily_report"; // print: 収納日計表 / 月計表 PDF
inline constexpr char View[] = "revenue.view";             // access: a person's 納付状況, a queue
} // namespace kikan::revenue::event
