// 消込: receipts come in (a channel's file, read into lines by its reader, or the counter), are
// matched to 調定 by 通知書番号 / barcode and amount (reconciliationrules.h), and written with what
// they paid and what they left as 過誤納 — one transaction per file, so nothing is half-applied;
// the same file (by SHA-256, per channel) twice applies once; a dry run reports the same results
// and keeps nothing; a file with any bad line applies nothing. Staff undo a wrong match (the
// receipt goes back to the queue, its history kept) and match queued receipts by hand.
#pragma once

#include "receipt.h"
#include "server/core/context.h"

#include <QSqlDatabase>

#include <functional>

namespace kikan::core {
struct Actor;
}

namespace kikan::revenue {

class RevenueLedger;

// A line that cannot be applied (a 取消 without its 速報): its file stops, nothing is kept.
struct LineFault {
    int lineNo;
    QString message;
};

class Reconciler
{
public:
    Reconciler(core::ServerContext &context, RevenueLedger &ledger);

    // `alsoWrite` runs in the import's transaction after its lines (a channel's own rows).
    ImportResult importFile(const QString &channel, const QString &fileName,
                            const QByteArray &bytes, const ParsedFile &parsed, bool dryRun,
                            const core::Actor &actor,
                            const std::function<void(QSqlDatabase, qint64)> &alsoWrite = {});
    // Undoes a receipt's match: its 消込 reversed, its 過誤納 cancelled, back in the queue.
    Receipt reverseMatch(qint64 receiptId, const QString &reason, const core::Actor &actor);
    // The payment itself did not happen (a convenience store's 取消): undone and marked reversed.
    Receipt cancelReceipt(qint64 receiptId, const QString &reason, const core::Actor &actor);
    // Matches a queued receipt to a 調定 chosen by staff.
    Receipt matchByHand(qint64 receiptId, qint64 assessmentId, const QString &reason,
                        const core::Actor &actor);

    // One line applied inside the caller's transaction (the counter's): a payment matched, a
    // 確報 confirming its 速報, a 取消 undoing it. Throws LineFault when it cannot apply.
    Receipt apply(QSqlDatabase db, const ReceiptLine &line, const QString &channel,
                  const QString &sourceFile, qint64 importId, const core::Actor &actor);

    std::optional<Receipt> receipt(qint64 receiptId) const;
    QList<Receipt> receiptsOfImport(qint64 importId) const;
    QList<Receipt> receiptsOfAssessment(qint64 assessmentId) const;
    // The queue staff resolve by hand: receipts unmatched or kept as mismatch.
    QList<Receipt> unmatched() const;

private:
    Receipt undo(qint64 receiptId, const QString &reason, MatchOutcome after, const char *event,
                 const core::Actor &actor);

    core::ServerContext &m_context;
    RevenueLedger &m_ledger;
};

} // namespace kikan::revenue
