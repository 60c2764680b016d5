// 充当 and 還付 of a person's 過誤納 (refunds.h).
#include "refunds.h"

#include "counter.h"
#include "events.h"
#include "ledger.h"
#include "receiptstore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"
#include "shared/api/revenue/errors.h"
#include "shared/forms/formrenderer.h"
#include "shared/revenue/interest.h"
#include "shared/revenue/interestrates.h"
#include "shared/revenue/resource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace kikan::revenue {

namespace {

struct OpenOverpayment {
    qint64 id = 0;
    qint64 receiptId = 0;
    qint64 assessmentId = 0;
    core::Money amount;
    QDate paidOn;
};

QList<OpenOverpayment> openOverpayments(QSqlDatabase db, qint64 partyNo)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT o.id, o.receipt_id, o.assessment_id, o.amount, r.paid_on "
                                                 "FROM revenue_overpayments o JOIN revenue_receipts r ON "
                                                 "r.id = o.receipt_id WHERE o.party_no = ? AND o.resolved_at "
                                                 "IS NULL ORDER BY o.id"), {partyNo});
    QList<OpenOverpayment> out;
    while (q.next()) {
        store::RowReader row(q);
        OpenOverpayment o;
        o.id = row.id();
        o.receiptId = row.id();
        o.assessmentId = row.id();
        o.amount = core::Money::ofYen(row.id());
        o.paidOn = row.date();
        out.append(o);
    }
    return out;
}

int lastRefundSerial(QSqlDatabase db, int year)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT MAX(serial) FROM revenue_refunds WHERE serial LIKE ?"),
                              {QStringLiteral("K%1%").arg(year)});
    return q.next() ? q.value(0).toString().mid(5).toInt() : 0;
}

// 充当適状日: the later of the day the 過誤納 arose (its payment) and the arrears' 納期限.
QDate fitDay(const OpenOverpayment &o, const assessment::Assessment &a)
{
    return std::max(o.paidOn, a.input.dueDate);
}

// 還付加算金 on `amount` from `from` through `to` (nothing when the period is empty).
core::Money refundInterestOn(core::Money amount, const QDate &from, const QDate &to)
{
    if (from > to)
        return {};
    const auto interest = refundInterest(interestRates().refundInterest, amount, from, to);
    return interest ? interest->total : core::Money();
}

// 充当 of one 過誤納 to the arrears (their outstanding kept current in `owed`); returns what is
// left. Each 充当 pays its arrears as of the 充当適状日 (地方税法 第17条の2): their 延滞金 runs to
// that day; the part applied earns 還付加算金 from `interestFrom` to that day (第17条の4),
// added to `interest`.
core::Money appropriate(QSqlDatabase db, const OpenOverpayment &o, QList<assessment::Assessment> &owed,
                        RefundDecision &decision, const Stamp &stamp, const QDate &interestFrom,
                        core::Money &interest)
{
    core::Money left = o.amount;
    for (assessment::Assessment &a : owed) {
        if (left <= core::Money())
            break;
        const core::Money use = std::min(left, a.outstanding());
        if (use <= core::Money())
            continue;
        const QDate fit = fitDay(o, a);
        insertApplication(db, a.id, o.receiptId, use, stamp);
        if (fit > a.input.dueDate) {
            const auto charge = latePaymentCharge(interestRates().latePayment, use, a.input.dueDate, fit);
            if (charge && charge->total > core::Money())
                insertLateCharge(db, o.receiptId, a.id, a.input.partyNo, a.input.dueDate, fit, use,
                                 charge->total, stamp);
        }
        const core::Money earned = refundInterestOn(use, interestFrom, fit);
        store::exec(db, QStringLiteral("INSERT INTO revenue_appropriations (overpayment_id, assessment_id, amount, "
                                       "decided_on, fit_on, interest, created_at, created_by) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {o.id, a.id, use.yen(), core::isoDate(decision.decidedOn), core::isoDate(fit), earned.yen(),
                     stamp.at, stamp.userId});
        a.received += use;
        left -= use;
        interest += earned;
        decision.appropriations.append({o.id, a.id, use, fit, earned});
    }
    return left;
}

void logDecision(core::ServerContext &context, const core::Actor &actor, qint64 partyNo,
                 const RefundDecision &d, store::Transaction &tx)
{
    QJsonArray serials;
    for (const Refund &r : d.refunds)
        serials.append(r.serial);
    const QJsonObject detail{{QStringLiteral("decidedOn"), core::isoDate(d.decidedOn)},
                             {QStringLiteral("appropriations"), int(d.appropriations.size())},
                             {QStringLiteral("refunds"), int(d.refunds.size())},
                             {QStringLiteral("serials"), serials}};
    const QString subject = QStringLiteral("party:%1").arg(partyNo);
    context.audit.append(audit::AuditEntry::about(actor, audit::LogKind::Operation, QString::fromLatin1(event::Refund),
                                                  subject, detail), tx);
    if (!d.refunds.isEmpty())
        context.audit.append(audit::AuditEntry::about(actor, audit::LogKind::Print,
                                                      QString::fromLatin1(event::RefundPrint), subject, detail), tx);
}

QByteArray renderNotices(const core::ServerContext &context, const RevenueLedger &ledger, const RefundDecision &d)
{
    QList<forms::PageData> pages;
    for (const Refund &r : d.refunds) {
        const auto a = ledger.find(r.assessmentId);
        core::Money appropriated;
        for (const Appropriation &p : d.appropriations) {
            if (p.overpaymentId == r.overpaymentId)
                appropriated += p.amount;
        }
        forms::PageData page;
        page.values = noticeValues(context, *a, d.decidedOn);
        page.values.insert({{QStringLiteral("serial"), r.serial},
                            {QStringLiteral("decidedOn"), warekiText(d.decidedOn)},
                            {QStringLiteral("overpaid"), (r.amount + appropriated).toYenSignString()},
                            {QStringLiteral("appropriated"), appropriated.toYenSignString()},
                            {QStringLiteral("amount"), r.amount.toYenSignString()},
                            {QStringLiteral("interest"), r.interest.toYenSignString()}});
        pages.append(page);
    }
    return renderRevenueForm(QStringLiteral("refund-notice"), pages, QStringLiteral("過誤納金還付通知書"));
}

} // namespace

RefundDecision settleOverpayments(core::ServerContext &context, const RevenueLedger &ledger, qint64 partyNo,
                                  const QDate &decidedOn, bool dryRun, const core::Actor &actor)
{
    RefundDecision d{decidedOn, dryRun, {}, {}, {}};
    store::Transaction tx(context.database);
    const Stamp stamp{core::timestampNow(context.clock), actor.userId, actor.loginId};
    QList<assessment::Assessment> owed = ledger.arrears({partyNo, {}, {}, decidedOn.addDays(1)});
    int serial = lastRefundSerial(tx.db(), decidedOn.year());
    for (const OpenOverpayment &o : openOverpayments(tx.db(), partyNo)) {
        // 超過・重複納付 are 誤納: 還付加算金 from the day after one month from the day after payment.
        const QDate from = refundInterestStart(RefundCause::WrongPayment, o.paidOn);
        core::Money interest;
        const core::Money left = appropriate(tx.db(), o, owed, d, stamp, from, interest);
        if (left > core::Money())
            interest += refundInterestOn(left, from, decidedOn);
        if (left > core::Money() || interest > core::Money()) {
            // What is left, and the 還付加算金 earned by the parts applied, are refunded.
            Refund r{o.id, o.assessmentId,
                     QStringLiteral("K%1%2").arg(decidedOn.year()).arg(++serial, 6, 10, QLatin1Char('0')),
                     left, interest, from};
            store::exec(tx.db(), QStringLiteral("INSERT INTO revenue_refunds (overpayment_id, party_no, serial, amount, "
                                                "interest, interest_from, decided_on, created_at, created_by) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {o.id, partyNo, r.serial, r.amount.yen(), r.interest.yen(), core::isoDate(from),
                         core::isoDate(decidedOn), stamp.at, stamp.userId});
            d.refunds.append(r);
        }
        store::exec(tx.db(), QStringLiteral("UPDATE revenue_overpayments SET resolved_at = ?, resolution = ? WHERE id = ?"),
                    {stamp.at, left > core::Money() ? QStringLiteral("refunded") : QStringLiteral("appropriated"), o.id});
    }
    if (!d.refunds.isEmpty())
        d.pdf = renderNotices(context, ledger, d);
    if (dryRun || (d.refunds.isEmpty() && d.appropriations.isEmpty()))
        return d; // rolled back
    logDecision(context, actor, partyNo, d, tx);
    tx.commit();
    return d;
}

} // namespace kikan::revenue
