// 延滞金 and 還付加算金 of 地方税, computed exactly as REVENUE.md sets out: days counted from the
// day after the 納期限 (or the 還付加算金's start) through the payment (decision) day, a 365-day
// year even in leap years, the days split at one month after the 納期限 (地方税: one month, not
// 国税's two) and at every rate change (1月1日), each part cut to the yen, the sum not charged
// under 1,000円 and else cut to 100円; the base cut to 1,000円 and nothing under 2,000円. A part
// payment of the tax lowers the base from the day after it (地方税法, each tax's 延滞金 article,
// 第2項) [要確認]. Periods of months follow 民法 第143条. Rates and roundings: interestrates.h.
#pragma once

#include "interestrates.h"

namespace kikan::revenue {

// One part of the calculation: base × rate × days / 365, cut to the yen.
struct InterestPart {
    QDate from;
    QDate to;            // inclusive
    int days = 0;
    core::Rate rate = core::Rate::fraction(0, 1);
    core::Money base;    // after the 1,000円 cut
    core::Money amount;
};

struct InterestCalculation {
    QList<InterestPart> parts;
    core::Money sum;     // of the parts, before the total's rounding
    core::Money total;   // what is charged (paid): 0 under the minimum, else cut to 100円
};

// A payment of part of the tax before the day it is all paid.
struct PartPayment {
    QDate paidOn;
    core::Money amount;
};

// The last day of a period of `months` months that starts on `start` (民法 第143条: the day
// before the corresponding day, or the month's last day when it has none).
QDate monthPeriodEnd(const QDate &start, int months);

// 延滞金 on `tax` due on `dueDate` and paid in full on `paidOn` (or computed as of that day),
// after `partPayments`. Errors: revenue.rate_unknown (a day before the first rate period).
core::Result<InterestCalculation> latePaymentCharge(const InterestRules &rules, core::Money tax,
                                                    const QDate &dueDate, const QDate &paidOn,
                                                    const QList<PartPayment> &partPayments = {});

// Why an amount is refunded: it decides the day 還付加算金 starts (地方税法 第17条の4 第1項).
enum class RefundCause {
    ReducedAssessment,  // 減額更正・賦課決定: the day after the payment
    WrongPayment,       // 誤納: the day after one month from the day after the payment
    ClaimForCorrection, // 更正の請求: the day after the earlier of 3 months from the day after
                        // the claim and 1 month from the day after the 更正
};

QDate refundInterestStart(RefundCause cause, const QDate &paidOn, const QDate &claimedOn = {},
                          const QDate &correctedOn = {});

// 還付加算金 on `refund` from `start` through `decidedOn` (the day the refund is decided or the
// 充当 made). Errors: revenue.rate_unknown.
core::Result<InterestCalculation> refundInterest(const InterestRules &rules, core::Money refund,
                                                 const QDate &start, const QDate &decidedOn);

} // namespace kikan::revenue
