// The rates and roundings of 延滞金 and 還付加算金 as data (resources/revenue/interest-rates.json,
// REVENUE.md): rate periods that change on 1月1日, the 365-day year, the base's 1,000円 unit and
// minimum, the total's minimum and 100円 unit. Law changes every year: a new period is a new line
// of the file, never code.
#pragma once

#include "shared/core/error.h"
#include "shared/core/money.h"

#include <QDate>
#include <QList>

#include <optional>

namespace kikan::revenue {

struct RatePeriod {
    QDate from;          // in force from this day until the next period's from
    core::Rate first;    // 延滞金: up to one month after the 納期限; 還付加算金: the rate
    core::Rate later;    // 延滞金: after that; 還付加算金: the same rate
};

struct InterestRules {
    int daysInYear = 365;        // 閏年でも365日
    qint64 baseUnit = 1000;      // the base is cut to this unit
    qint64 baseMinimum = 2000;   // a base under this earns nothing
    qint64 totalMinimum = 1000;  // a total under this is not charged (paid)
    qint64 totalUnit = 100;      // the total is cut to this unit
    QList<RatePeriod> periods;   // ascending by from

    // The period in force on `date`, or nothing before the first one.
    const RatePeriod *periodAt(const QDate &date) const;
    // The first day of the period after the one in force on `date` (invalid: none).
    QDate nextChangeAfter(const QDate &date) const;
};

struct InterestRates {
    InterestRules latePayment;     // 延滞金
    InterestRules refundInterest;  // 還付加算金
};

// Reads the rates file. Errors: revenue.rates_data (the message names what is wrong).
core::Result<InterestRates> interestRatesFromJson(const QByteArray &json);
// The rates compiled in (:/revenue/interest-rates.json).
const InterestRates &interestRates();

} // namespace kikan::revenue
