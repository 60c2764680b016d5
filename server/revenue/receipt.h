// Receipts (収納) as 収納管理 keeps them and the results of importing and matching them (消込):
// the types shared by the channel readers (convenience-store files, 口座振替 results, OCR batches,
// the counter), the reconciliation (reconciler.h) and the routes. docs/revenue.md.
#pragma once

#include "shared/core/money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kikan::revenue {

// Where a payment came in.
namespace channel {
inline constexpr char Ocr[] = "ocr";                  // 納付書 read by the OCR reader
inline constexpr char Convenience[] = "convenience";  // コンビニ収納 速報/確報
inline constexpr char DirectDebit[] = "direct_debit"; // 口座振替 結果
inline constexpr char Counter[] = "counter";          // 窓口収納
} // namespace channel

// What matching did with a receipt (消込).
enum class MatchOutcome {
    Matched,   // applied in full; the 調定 is paid
    Partial,   // applied in full; the 調定 still owes (一部納付)
    Excess,    // the 調定 paid, the rest kept as 過誤納 (超過納付)
    Double,    // the 調定 was already paid: all kept as 過誤納 (重複納付)
    Unmatched, // no 調定 found: in the queue for staff
    Mismatch,  // its sources disagree (an OCR slip's barcode and fields): in the queue, not applied
    Reversed,  // the match was undone
};
QString outcomeName(MatchOutcome outcome);
MatchOutcome outcomeFromName(const QString &name);

// What a line asks: a payment, the 確報 of an earlier 速報, or the 取消 of one.
enum class LineAction { Pay, Confirm, Cancel };

// One payment read from a file (or entered at the counter).
struct ReceiptLine {
    LineAction action = LineAction::Pay;
    int lineNo = 0;          // 1-based line (record) of the file
    QDate paidOn;            // 収納日
    core::Money amount;
    QString barcode;         // 44 digits when the payment carried one
    QString noticeNo;        // 通知書番号 when read without a barcode
    QString reference;       // the channel's own key of the payment: a 確報 or 取消 names its 速報 by it
    bool provisional = false; // a 速報
    QString problem;         // why it cannot be matched as read (→ Mismatch), or empty
};

// A line that cannot be read; its Japanese message names what is wrong.
struct LineError {
    int lineNo = 0;
    QString message;
};

// A file read by a channel's reader: its lines, or the errors that stop it all.
struct ParsedFile {
    QList<ReceiptLine> lines;
    QList<LineError> errors;
};

// A receipt as stored.
struct Receipt {
    qint64 id = 0;
    qint64 importId = 0;
    QString channel;
    ReceiptLine line;
    QString sourceFile;
    MatchOutcome outcome = MatchOutcome::Unmatched;
    qint64 assessmentId = 0;
    core::Money applied;     // 消込 in force
    core::Money overpaid;    // 過誤納 not cancelled
};

struct ImportResult {
    qint64 importId = 0;
    bool alreadyImported = false; // the same file came before: nothing applied now
    bool dryRun = false;          // nothing kept
    QList<LineError> errors;      // any error: nothing applied
    QList<Receipt> receipts;
    core::Money total;

    int count(MatchOutcome outcome) const;
};

} // namespace kikan::revenue
