// The SQL of receipts and 消込 (receiptstore.h).
#include "receiptstore.h"

#include "server/store/database.h"
#include "server/store/rowreader.h"
#include "shared/revenue/freefield.h"

#include <QSqlQuery>

namespace kikan::revenue {

namespace {

const char kSelect[] =
    "SELECT r.id, r.import_id, r.channel, r.paid_on, r.amount, r.barcode, r.notice_no, "
    "r.reference, r.provisional, r.problem, r.source_file, r.source_line, r.status, "
    "r.assessment_id, "
    "COALESCE((SELECT SUM(p.amount) FROM revenue_applications p WHERE p.receipt_id = r.id "
    "AND p.reversed_at IS NULL), 0), "
    "COALESCE((SELECT SUM(o.amount) FROM revenue_overpayments o WHERE o.receipt_id = r.id "
    "AND (o.resolution IS NULL OR o.resolution <> 'cancelled')), 0) "
    "FROM revenue_receipts r WHERE %1 ORDER BY r.id";

Receipt receiptOf(const QSqlQuery &q)
{
    store::RowReader row(q);
    Receipt r;
    r.id = row.id();
    r.importId = row.id();
    r.channel = row.text();
    r.line.paidOn = row.date();
    r.line.amount = core::Money::ofYen(row.id());
    r.line.barcode = row.text();
    r.line.noticeNo = row.text();
    r.line.reference = row.text();
    r.line.provisional = row.flag();
    r.line.problem = row.text();
    r.sourceFile = row.text();
    r.line.lineNo = row.integer();
    r.outcome = outcomeFromName(row.text());
    r.assessmentId = row.id();
    r.applied = core::Money::ofYen(row.id());
    r.overpaid = core::Money::ofYen(row.id());
    return r;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

std::optional<qint64> findImport(QSqlDatabase db, const QString &channel, const QString &sha256)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT id FROM revenue_imports WHERE channel = ? "
                                                 "AND file_sha256 = ?"), {channel, sha256});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

qint64 insertImport(QSqlDatabase db, const ImportRow &row, const Stamp &stamp)
{
    return store::insertReturningId(
        db,
        QStringLiteral("INSERT INTO revenue_imports (channel, file_name, file_sha256, line_count, "
                       "total_amount, imported_at, imported_by, imported_by_login) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {row.channel, row.fileName, row.sha256, row.lineCount, row.total.yen(), stamp.at,
         stamp.userId, store::notNull(stamp.login)});
}

qint64 insertReceipt(QSqlDatabase db, const Receipt &r, const Stamp &stamp)
{
    return store::insertReturningId(
        db,
        QStringLiteral("INSERT INTO revenue_receipts (import_id, channel, paid_on, amount, barcode, "
                       "notice_no, notice_key, source_file, source_line, status, assessment_id, "
                       "provisional, reference, problem, recorded_at, recorded_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {idOrNull(r.importId), r.channel, store::dateValue(r.line.paidOn), r.line.amount.yen(),
         store::notNull(r.line.barcode), store::notNull(r.line.noticeNo),
         store::notNull(normalizedNoticeNo(r.line.noticeNo)), store::notNull(r.sourceFile),
         r.line.lineNo, outcomeName(r.outcome), idOrNull(r.assessmentId),
         r.line.provisional ? 1 : 0, store::notNull(r.line.reference),
         store::notNull(r.line.problem), stamp.at, stamp.userId});
}

void insertApplication(QSqlDatabase db, qint64 assessmentId, qint64 receiptId, core::Money amount,
                       const Stamp &stamp)
{
    store::exec(db,
                QStringLiteral("INSERT INTO revenue_applications (assessment_id, receipt_id, amount, "
                               "applied_at, applied_by) VALUES (?, ?, ?, ?, ?)"),
                {assessmentId, receiptId, amount.yen(), stamp.at, stamp.userId});
}

void insertOverpayment(QSqlDatabase db, qint64 receiptId, qint64 assessmentId, qint64 partyNo,
                       core::Money amount, MatchOutcome cause, const Stamp &stamp)
{
    store::exec(db,
                QStringLiteral("INSERT INTO revenue_overpayments (receipt_id, assessment_id, "
                               "party_no, amount, cause, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                {receiptId, assessmentId, partyNo, amount.yen(), outcomeName(cause), stamp.at});
}

QList<Receipt> receiptsWhere(QSqlDatabase db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = store::exec(db, QString::fromLatin1(kSelect).arg(where), values);
    QList<Receipt> out;
    while (q.next())
        out.append(receiptOf(q));
    return out;
}

void confirmReceipt(QSqlDatabase db, qint64 receiptId)
{
    store::exec(db, QStringLiteral("UPDATE revenue_receipts SET provisional = 0 WHERE id = ?"),
                {receiptId});
}

void setReceiptMatch(QSqlDatabase db, qint64 receiptId, MatchOutcome outcome, qint64 assessmentId)
{
    store::exec(db, QStringLiteral("UPDATE revenue_receipts SET status = ?, assessment_id = ? "
                                   "WHERE id = ?"),
                {outcomeName(outcome), idOrNull(assessmentId), receiptId});
}

void undoReceiptMatch(QSqlDatabase db, qint64 receiptId, const QString &reason, const Stamp &stamp)
{
    store::exec(db,
                QStringLiteral("UPDATE revenue_applications SET reversed_at = ?, reversed_by = ?, "
                               "reversal_reason = ? WHERE receipt_id = ? AND reversed_at IS NULL"),
                {stamp.at, stamp.userId, reason, receiptId});
    store::exec(db,
                QStringLiteral("UPDATE revenue_overpayments SET resolved_at = ?, resolution = "
                               "'cancelled' WHERE receipt_id = ? AND resolved_at IS NULL"),
                {stamp.at, receiptId});
    store::exec(db,
                QStringLiteral("UPDATE revenue_late_charges SET cancelled_at = ? WHERE receipt_id = ? "
                               "AND cancelled_at IS NULL"),
                {stamp.at, receiptId});
}

void insertLateCharge(QSqlDatabase db, qint64 receiptId, qint64 assessmentId, qint64 partyNo,
                      const QDate &dueDate, const QDate &paidOn, core::Money base, core::Money amount,
                      const Stamp &stamp)
{
    store::exec(db,
                QStringLiteral("INSERT INTO revenue_late_charges (receipt_id, assessment_id, party_no, "
                               "due_date, paid_on, base, amount, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {receiptId, assessmentId, partyNo, store::dateValue(dueDate), store::dateValue(paidOn),
                 base.yen(), amount.yen(), stamp.at});
}

core::Money lateChargeOf(QSqlDatabase db, qint64 assessmentId)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM revenue_late_charges "
                                                 "WHERE assessment_id = ? AND cancelled_at IS NULL"),
                              {assessmentId});
    return core::Money::ofYen(q.next() ? q.value(0).toLongLong() : 0);
}

void insertHistory(QSqlDatabase db, qint64 receiptId, const QString &event, MatchOutcome before,
                   MatchOutcome after, qint64 assessmentId, const QString &reason,
                   const Stamp &stamp)
{
    store::exec(db,
                QStringLiteral("INSERT INTO revenue_receipt_history (receipt_id, event, "
                               "status_before, status_after, assessment_id, reason, at, by_user, "
                               "by_login) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {receiptId, event, outcomeName(before), outcomeName(after), idOrNull(assessmentId),
                 reason, stamp.at, stamp.userId, store::notNull(stamp.login)});
}

QList<ReceiptEvent> receiptHistory(QSqlDatabase db, qint64 receiptId)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT event, status_before, status_after, assessment_id, "
                                                 "reason, at, by_login FROM revenue_receipt_history "
                                                 "WHERE receipt_id = ? ORDER BY id"), {receiptId});
    QList<ReceiptEvent> out;
    while (q.next()) {
        store::RowReader row(q);
        ReceiptEvent e;
        e.event = row.text();
        e.before = row.text();
        e.after = row.text();
        e.assessmentId = row.id();
        e.reason = row.text();
        e.at = row.text();
        e.login = row.text();
        out.append(e);
    }
    return out;
}

} // namespace kikan::revenue
