// 消込 (reconciler.h).
#include "reconciler.h"

#include "events.h"
#include "ledger.h"
#include "reconciliationrules.h"
#include "receiptstore.h"
#include "server/audit/auditlog.h"
#include "server/core/actor.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/revenue/errors.h"
#include "shared/revenue/conveniencesettings.h"
#include "shared/revenue/freefield.h"
#include "shared/revenue/interest.h"
#include "shared/revenue/interestrates.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace kikan::revenue {

namespace {

Stamp stampOf(const core::ServerContext &context, const core::Actor &actor)
{
    return {core::timestampNow(context.clock), actor.userId, actor.loginId};
}

// The 通知書番号 a line names: from its barcode when it carries one (the town's free-field
// layout), else as read.
QString noticeOf(const ReceiptLine &line)
{
    if (!line.barcode.isEmpty()) {
        if (const auto b = parseConvenienceBarcode(line.barcode))
            return slipFactsOf(convenienceSettings(), *b).noticeNo;
    }
    return line.noticeNo;
}

// Writes what an allocation decided for a stored receipt: the 消込, the 過誤納, and the 延滞金
// when it was paid after the 納期限 (on the amount it applied; a date outside the rate table or a
// total under the minimum charges nothing).
void writeAllocation(QSqlDatabase db, qint64 receiptId, const assessment::Assessment *target,
                     const Allocation &a, const QDate &paidOn, const Stamp &stamp)
{
    if (a.applied > core::Money())
        insertApplication(db, target->id, receiptId, a.applied, stamp);
    if (a.applied > core::Money() && paidOn > target->input.dueDate) {
        const auto charge = latePaymentCharge(interestRates().latePayment, a.applied,
                                              target->input.dueDate, paidOn);
        if (charge && charge->total > core::Money())
            insertLateCharge(db, receiptId, target->id, target->input.partyNo, target->input.dueDate,
                             paidOn, a.applied, charge->total, stamp);
    }
    if (a.overpaid > core::Money())
        insertOverpayment(db, receiptId, target->id, target->input.partyNo, a.overpaid,
                          a.outcome, stamp);
}

QJsonObject countsOf(const ImportResult &r)
{
    QJsonObject o;
    for (MatchOutcome m : {MatchOutcome::Matched, MatchOutcome::Partial, MatchOutcome::Excess,
                           MatchOutcome::Double, MatchOutcome::Unmatched, MatchOutcome::Mismatch})
        o.insert(outcomeName(m), r.count(m));
    return o;
}

// Undoes a receipt's match inside the caller's transaction, with its history row.
void undoIn(QSqlDatabase db, const Receipt &before, const QString &reason, MatchOutcome after,
            const char *eventName, const Stamp &stamp)
{
    undoReceiptMatch(db, before.id, reason, stamp);
    setReceiptMatch(db, before.id, after, 0);
    insertHistory(db, before.id, QString::fromLatin1(eventName), before.outcome, after,
                  before.assessmentId, reason, stamp);
}

const QString kNotReversed = QStringLiteral("r.channel = ? AND r.reference = ? AND r.status <> 'reversed'");

// One line applied (Reconciler::apply). `cache`, when given, holds the file's 調定 by normalised
// 通知書番号 (read at once by importFile) and is kept current as lines pay them.
Receipt applyLine(RevenueLedger &ledger, QSqlDatabase db, const ReceiptLine &line, const QString &channel,
                  const QString &fileName, qint64 importId, const Stamp &stamp,
                  QHash<QString, assessment::Assessment> *cache)
{
    if (line.action != LineAction::Pay) {
        const auto earlier = receiptsWhere(db, kNotReversed, {channel, line.reference});
        if (line.action == LineAction::Cancel) {
            if (earlier.isEmpty())
                throw LineFault{line.lineNo, QStringLiteral("%1行目: 取り消す速報がありません。")
                                                 .arg(line.lineNo)};
            undoIn(db, earlier.first(), QStringLiteral("%1 %2行目").arg(fileName).arg(line.lineNo),
                   MatchOutcome::Reversed, event::Cancel, stamp);
            if (cache)
                cache->clear(); // what it paid is owed again: read afresh
            return receiptsWhere(db, QStringLiteral("r.id = ?"), {earlier.first().id}).first();
        }
        if (!earlier.isEmpty()) { // the 確報 of a 速報: the payment is now certain
            confirmReceipt(db, earlier.first().id);
            return receiptsWhere(db, QStringLiteral("r.id = ?"), {earlier.first().id}).first();
        }
    }
    if (!line.problem.isEmpty()) { // kept for staff as read, nothing applied
        Receipt r{0, importId, channel, line, fileName, MatchOutcome::Mismatch, 0, {}, {}};
        r.id = insertReceipt(db, r, stamp);
        return r;
    }
    const QString notice = noticeOf(line);
    std::optional<assessment::Assessment> target;
    const auto cached = cache ? cache->find(normalizedNoticeNo(notice)) : QHash<QString, assessment::Assessment>::iterator();
    if (cache && cached != cache->end())
        target = *cached;
    else if (!cache || cache->isEmpty())
        target = ledger.findByNotice(notice);
    const Allocation a = allocate(line.amount, target ? std::optional(target->outstanding())
                                                      : std::nullopt);
    Receipt r{0, importId, channel, line, fileName, a.outcome, target ? target->id : 0,
              a.applied, a.overpaid};
    r.id = insertReceipt(db, r, stamp);
    writeAllocation(db, r.id, target ? &*target : nullptr, a, line.paidOn, stamp);
    if (cache && cached != cache->end())
        cached->received += a.applied;
    return r;
}

} // namespace

Receipt Reconciler::apply(QSqlDatabase db, const ReceiptLine &line, const QString &channel,
                              const QString &fileName, qint64 importId, const core::Actor &actor)
{
    return applyLine(m_ledger, db, line, channel, fileName, importId, stampOf(m_context, actor), nullptr);
}

Reconciler::Reconciler(core::ServerContext &context, RevenueLedger &ledger)
    : m_context(context), m_ledger(ledger)
{
}

ImportResult Reconciler::importFile(const QString &channel, const QString &fileName,
                                    const QByteArray &bytes, const ParsedFile &parsed,
                                    bool dryRun, const core::Actor &actor,
                                    const std::function<void(QSqlDatabase, qint64)> &alsoWrite)
{
    ImportResult result;
    result.dryRun = dryRun;
    result.errors = parsed.errors;
    if (!parsed.errors.isEmpty())
        return result;
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    store::Transaction tx(m_context.database);
    if (const auto earlier = findImport(tx.db(), channel, sha)) {
        result.importId = *earlier;
        result.alreadyImported = true;
        result.receipts = receiptsOfImport(*earlier);
        for (const Receipt &r : result.receipts)
            result.total += r.line.amount;
        return result;
    }
    const Stamp stamp = stampOf(m_context, actor);
    for (const ReceiptLine &line : parsed.lines)
        result.total += line.amount;
    result.importId = insertImport(tx.db(), {channel, fileName, sha, int(parsed.lines.size()),
                                             result.total}, stamp);
    // The file's 調定 read at once (bench_revenue: one lookup per line was most of the time).
    QStringList notices;
    notices.reserve(parsed.lines.size());
    for (const ReceiptLine &line : parsed.lines) {
        if (line.action != LineAction::Cancel && line.problem.isEmpty())
            notices.append(noticeOf(line));
    }
    QHash<QString, assessment::Assessment> cache = m_ledger.findByNotices(tx.db(), notices);
    result.receipts.reserve(parsed.lines.size());
    try {
        for (const ReceiptLine &line : parsed.lines)
            result.receipts.append(applyLine(m_ledger, tx.db(), line, channel, fileName, result.importId,
                                             stamp, &cache));
    } catch (const LineFault &fault) {
        result.receipts.clear(); // rolled back: nothing of the file is kept
        result.errors.append({fault.lineNo, fault.message});
        return result;
    }
    if (alsoWrite)
        alsoWrite(tx.db(), result.importId);
    if (dryRun)
        return result; // rolled back: the same answers, nothing kept
    m_context.audit.append(
        audit::AuditEntry::about(actor, audit::LogKind::Operation, event::Import,
                                 QStringLiteral("revenue_import:%1").arg(result.importId),
                                 {{QStringLiteral("channel"), channel},
                                  {QStringLiteral("file"), fileName},
                                  {QStringLiteral("sha256"), sha},
                                  {QStringLiteral("lines"), int(parsed.lines.size())},
                                  {QStringLiteral("total"), result.total.yen()},
                                  {QStringLiteral("outcomes"), countsOf(result)}}),
        tx);
    tx.commit();
    return result;
}

Receipt Reconciler::undo(qint64 receiptId, const QString &reason, MatchOutcome after,
                         const char *eventName, const core::Actor &actor)
{
    if (reason.trimmed().isEmpty())
        throw core::Failure::invalidField(QStringLiteral("reason"),
                                          QStringLiteral("理由を入力してください。"));
    store::Transaction tx(m_context.database);
    const auto before = receipt(receiptId);
    if (!before)
        throw core::Failure(api::err::RevenueReceiptNotFound);
    const bool canUndo = after == MatchOutcome::Reversed
                             ? before->outcome != MatchOutcome::Reversed
                             : before->outcome != MatchOutcome::Unmatched
                                   && before->outcome != MatchOutcome::Mismatch
                                   && before->outcome != MatchOutcome::Reversed;
    if (!canUndo)
        throw core::Failure(api::err::RevenueReceiptState,
                            QStringLiteral("この収納（%1）は%2の状態です。")
                                .arg(receiptId).arg(outcomeName(before->outcome)));
    undoIn(tx.db(), *before, reason, after, eventName, stampOf(m_context, actor));
    m_context.audit.append(audit::AuditEntry::about(
                               actor, audit::LogKind::Operation, eventName,
                               QStringLiteral("revenue_receipt:%1").arg(receiptId),
                               {{QStringLiteral("assessmentId"), before->assessmentId},
                                {QStringLiteral("reason"), reason}}),
                           tx);
    tx.commit();
    return *receipt(receiptId);
}

Receipt Reconciler::reverseMatch(qint64 receiptId, const QString &reason, const core::Actor &actor)
{
    return undo(receiptId, reason, MatchOutcome::Unmatched, event::Reverse, actor);
}

Receipt Reconciler::cancelReceipt(qint64 receiptId, const QString &reason, const core::Actor &actor)
{
    return undo(receiptId, reason, MatchOutcome::Reversed, event::Cancel, actor);
}

Receipt Reconciler::matchByHand(qint64 receiptId, qint64 assessmentId, const QString &reason,
                                const core::Actor &actor)
{
    store::Transaction tx(m_context.database);
    const auto before = receipt(receiptId);
    if (!before)
        throw core::Failure(api::err::RevenueReceiptNotFound);
    if (before->outcome != MatchOutcome::Unmatched && before->outcome != MatchOutcome::Mismatch)
        throw core::Failure(api::err::RevenueReceiptState,
                            QStringLiteral("消込待ちの収納だけを手で消し込めます。"));
    const auto target = m_ledger.find(assessmentId);
    if (!target)
        throw core::Failure(api::err::RevenueAssessmentNotFound);
    const Allocation a = allocate(before->line.amount, target->outstanding());
    const Stamp stamp = stampOf(m_context, actor);
    setReceiptMatch(tx.db(), receiptId, a.outcome, assessmentId);
    writeAllocation(tx.db(), receiptId, &*target, a, before->line.paidOn, stamp);
    insertHistory(tx.db(), receiptId, QString::fromLatin1(event::Match), before->outcome,
                  a.outcome, assessmentId, reason, stamp);
    m_context.audit.append(audit::AuditEntry::about(
                               actor, audit::LogKind::Operation, event::Match,
                               QStringLiteral("revenue_receipt:%1").arg(receiptId),
                               {{QStringLiteral("assessmentId"), assessmentId},
                                {QStringLiteral("outcome"), outcomeName(a.outcome)},
                                {QStringLiteral("reason"), reason}}),
                           tx);
    tx.commit();
    return *receipt(receiptId);
}

std::optional<Receipt> Reconciler::receipt(qint64 receiptId) const
{
    const auto rows = receiptsWhere(m_context.database.connection(), QStringLiteral("r.id = ?"),
                                    {receiptId});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QList<Receipt> Reconciler::receiptsOfImport(qint64 importId) const
{
    return receiptsWhere(m_context.database.connection(), QStringLiteral("r.import_id = ?"),
                         {importId});
}

QList<Receipt> Reconciler::receiptsOfAssessment(qint64 assessmentId) const
{
    return receiptsWhere(m_context.database.connection(), QStringLiteral("r.assessment_id = ?"),
                         {assessmentId});
}

QList<Receipt> Reconciler::unmatched() const
{
    return receiptsWhere(m_context.database.connection(), QStringLiteral("r.status IN (?, ?)"),
                         {outcomeName(MatchOutcome::Unmatched), outcomeName(MatchOutcome::Mismatch)});
}

} // namespace kikan::revenue
