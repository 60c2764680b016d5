// 延滞金 and 還付加算金 (interest.h; REVENUE.md "督促 and 延滞金", "過誤納金").
#include "interest.h"

#include "shared/api/revenue/errors.h"

#include <algorithm>

namespace kikan::revenue {

namespace {

// A stretch of days with one base, before it is split at rate changes.
struct Stretch {
    QDate from;
    QDate to;
    core::Money base;
    bool firstMonth = false;
};

core::Money cutBase(const InterestRules &rules, core::Money amount)
{
    if (amount.yen() < rules.baseMinimum)
        return {};
    return amount.roundedDownTo(rules.baseUnit);
}

// Splits each stretch at the rate changes and computes its parts; sums and rounds the total.
core::Result<InterestCalculation> accrue(const InterestRules &rules, const QList<Stretch> &stretches)
{
    InterestCalculation out;
    for (const Stretch &s : stretches) {
        QDate from = s.from;
        while (from <= s.to) {
            const RatePeriod *period = rules.periodAt(from);
            if (!period)
                return core::Error{QString::fromLatin1(api::err::RevenueRateUnknown),
                                   QStringLiteral("%1 の率が登録されていません。")
                                       .arg(from.toString(Qt::ISODate))};
            const QDate change = rules.nextChangeAfter(from);
            const QDate to = change.isValid() && change <= s.to ? change.addDays(-1) : s.to;
            const core::Rate rate = s.firstMonth ? period->first : period->later;
            const int days = int(from.daysTo(to)) + 1;
            const core::Money amount = s.base.times(core::Rate::fraction(
                rate.numerator() * days, rate.denominator() * rules.daysInYear));
            out.parts.append({from, to, days, rate, s.base, amount});
            out.sum += amount;
            from = to.addDays(1);
        }
    }
    out.total = out.sum.yen() < rules.totalMinimum ? core::Money()
                                                    : out.sum.roundedDownTo(rules.totalUnit);
    return out;
}

} // namespace

QDate monthPeriodEnd(const QDate &start, int months)
{
    const QDate monthOfEnd = QDate(start.year(), start.month(), 1).addMonths(months);
    if (start.day() > monthOfEnd.daysInMonth())
        return QDate(monthOfEnd.year(), monthOfEnd.month(), monthOfEnd.daysInMonth());
    return QDate(monthOfEnd.year(), monthOfEnd.month(), start.day()).addDays(-1);
}

core::Result<InterestCalculation> latePaymentCharge(const InterestRules &rules, core::Money tax,
                                                    const QDate &dueDate, const QDate &paidOn,
                                                    const QList<PartPayment> &partPayments)
{
    const QDate start = dueDate.addDays(1);
    const QDate firstEnd = monthPeriodEnd(start, 1);
    // The days where the base or the rate column changes: one month on, the day after each part
    // payment.
    QList<QDate> cuts{firstEnd.addDays(1)};
    for (const PartPayment &p : partPayments)
        cuts.append(p.paidOn.addDays(1));
    std::sort(cuts.begin(), cuts.end());
    QList<Stretch> stretches;
    QDate from = start;
    for (qsizetype i = 0; i <= cuts.size() && from <= paidOn; ++i) {
        QDate to = i < cuts.size() ? std::min(cuts.at(i).addDays(-1), paidOn) : paidOn;
        if (to < from)
            continue;
        core::Money remaining = tax;
        for (const PartPayment &p : partPayments) {
            if (p.paidOn < from)
                remaining -= p.amount;
        }
        const core::Money base = cutBase(rules, remaining);
        if (base > core::Money())
            stretches.append({from, to, base, from <= firstEnd});
        from = to.addDays(1);
    }
    return accrue(rules, stretches);
}

QDate refundInterestStart(RefundCause cause, const QDate &paidOn, const QDate &claimedOn,
                          const QDate &correctedOn)
{
    switch (cause) {
    case RefundCause::ReducedAssessment:
        return paidOn.addDays(1);
    case RefundCause::WrongPayment:
        return monthPeriodEnd(paidOn.addDays(1), 1).addDays(1);
    case RefundCause::ClaimForCorrection:
        return std::min(monthPeriodEnd(claimedOn.addDays(1), 3),
                        monthPeriodEnd(correctedOn.addDays(1), 1)).addDays(1);
    }
    return {};
}

core::Result<InterestCalculation> refundInterest(const InterestRules &rules, core::Money refund,
                                                 const QDate &start, const QDate &decidedOn)
{
    const core::Money base = cutBase(rules, refund);
    if (decidedOn < start || base <= core::Money())
        return accrue(rules, {});
    return accrue(rules, {{start, decidedOn, base, true}});
}

} // namespace kikan::revenue
