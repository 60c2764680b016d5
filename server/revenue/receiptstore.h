// The SQL of receipts and 消込 (schema 12002_receipts.sql, 12001's revenue_applications). SQL only;
// what is written when is reconciler.cpp's business.
#pragma once

#include "receipt.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

namespace kikan::core {
struct Actor;
}

namespace kikan::revenue {

struct ImportRow {
    QString channel;
    QString fileName;
    QString sha256;
    int lineCount = 0;
    core::Money total;
};

// Who wrote a row and when.
struct Stamp {
    QString at;
    qint64 userId = 0;
    QString login;
};

std::optional<qint64> findImport(QSqlDatabase db, const QString &channel, const QString &sha256);
qint64 insertImport(QSqlDatabase db, const ImportRow &row, const Stamp &stamp);
// Inserts a receipt (r.id is ignored) and returns its id.
qint64 insertReceipt(QSqlDatabase db, const Receipt &r, const Stamp &stamp);
void insertApplication(QSqlDatabase db, qint64 assessmentId, qint64 receiptId, core::Money amount,
                       const Stamp &stamp);
void insertOverpayment(QSqlDatabase db, qint64 receiptId, qint64 assessmentId, qint64 partyNo,
                       core::Money amount, MatchOutcome cause, const Stamp &stamp);
// The receipts matching `where` (over alias r), in id order, with what is applied and overpaid.
QList<Receipt> receiptsWhere(QSqlDatabase db, const QString &where, const QVariantList &values);
// A 速報 confirmed by its 確報.
void confirmReceipt(QSqlDatabase db, qint64 receiptId);
void setReceiptMatch(QSqlDatabase db, qint64 receiptId, MatchOutcome outcome, qint64 assessmentId);
// Marks the receipt's 消込 reversed and cancels its 過誤納.
void undoReceiptMatch(QSqlDatabase db, qint64 receiptId, const QString &reason, const Stamp &stamp);
void insertHistory(QSqlDatabase db, qint64 receiptId, const QString &event, MatchOutcome before,
                   MatchOutcome after, qint64 assessmentId, const QString &reason,
                   const Stamp &stamp);

// 延滞金 found due at a match (revenue_late_charges); cancelled with the match (undoReceiptMatch).
void insertLateCharge(QSqlDatabase db, qint64 receiptId, qint64 assessmentId, qint64 partyNo,
                      const QDate &dueDate, const QDate &paidOn, core::Money base, core::Money amount,
                      const Stamp &stamp);
// The 延滞金 in force (not cancelled) found on a 調定's payments.
core::Money lateChargeOf(QSqlDatabase db, qint64 assessmentId);

// One change of a receipt's match (revenue_receipt_history), oldest first.
struct ReceiptEvent {
    QString event;
    QString before, after;
    qint64 assessmentId = 0;
    QString reason;
    QString at;
    QString login;
};
QList<ReceiptEvent> receiptHistory(QSqlDatabase db, qint64 receiptId);

} // namespace kikan::revenue
