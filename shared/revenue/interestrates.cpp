// The rates of 延滞金 and 還付加算金 read from data (interestrates.h).
#include "interestrates.h"

#include "resource.h"
#include "shared/api/revenue/errors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kikan::revenue {

namespace {

core::Error dataError(const QString &what)
{
    return {QString::fromLatin1(api::err::RevenueRatesData),
            QStringLiteral("延滞金・還付加算金の率の定義が正しくありません（%1）。").arg(what)};
}

core::Result<InterestRules> rulesFromJson(const QJsonObject &o, const QString &name)
{
    InterestRules r;
    r.daysInYear = o.value(QStringLiteral("daysInYear")).toInt();
    r.baseUnit = o.value(QStringLiteral("baseUnit")).toInteger();
    r.baseMinimum = o.value(QStringLiteral("baseMinimum")).toInteger();
    r.totalMinimum = o.value(QStringLiteral("totalMinimum")).toInteger();
    r.totalUnit = o.value(QStringLiteral("totalUnit")).toInteger();
    if (r.daysInYear <= 0 || r.baseUnit <= 0 || r.totalUnit <= 0 || r.baseMinimum < 0
        || r.totalMinimum < 0)
        return dataError(name + QStringLiteral(" の端数・日数"));
    const bool single = o.value(QStringLiteral("periods")).toArray().first().toObject()
                            .contains(QStringLiteral("rate"));
    for (const QJsonValue &v : o.value(QStringLiteral("periods")).toArray()) {
        const QJsonObject p = v.toObject();
        const QDate from = QDate::fromString(p.value(QStringLiteral("from")).toString(), Qt::ISODate);
        const auto first = core::Rate::parse(p.value(single ? QStringLiteral("rate")
                                                            : QStringLiteral("firstMonth")).toString());
        const auto later = core::Rate::parse(p.value(single ? QStringLiteral("rate")
                                                            : QStringLiteral("after")).toString());
        if (!from.isValid() || !first || !later
            || (!r.periods.isEmpty() && from <= r.periods.last().from))
            return dataError(name + QStringLiteral(" の期間 %1").arg(r.periods.size() + 1));
        r.periods.append({from, *first, *later});
    }
    if (r.periods.isEmpty())
        return dataError(name + QStringLiteral(" に期間がありません"));
    return r;
}

} // namespace

const RatePeriod *InterestRules::periodAt(const QDate &date) const
{
    const RatePeriod *found = nullptr;
    for (const RatePeriod &p : periods) {
        if (p.from > date)
            break;
        found = &p;
    }
    return found;
}

QDate InterestRules::nextChangeAfter(const QDate &date) const
{
    for (const RatePeriod &p : periods) {
        if (p.from > date)
            return p.from;
    }
    return {};
}

core::Result<InterestRates> interestRatesFromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const auto late = rulesFromJson(o.value(QStringLiteral("latePayment")).toObject(),
                                    QStringLiteral("latePayment"));
    if (!late)
        return late.error();
    const auto refund = rulesFromJson(o.value(QStringLiteral("refundInterest")).toObject(),
                                      QStringLiteral("refundInterest"));
    if (!refund)
        return refund.error();
    return InterestRates{*late, *refund};
}

const InterestRates &interestRates()
{
    static const InterestRates rates = readRevenueResource<InterestRates>(
        QStringLiteral("interest-rates.json"), &interestRatesFromJson);
    return rates;
}

} // namespace kikan::revenue
