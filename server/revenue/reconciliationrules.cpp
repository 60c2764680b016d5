// The rule of 消込 (reconciliationrules.h) and the names of its outcomes (receipt.h).
#include "reconciliationrules.h"

#include "shared/revenue/interest.h"
#include "shared/revenue/interestrates.h"

#include <algorithm>
#include <array>

namespace kikan::revenue {

namespace {
constexpr std::array<std::pair<MatchOutcome, const char *>, 7> kNames{{
    {MatchOutcome::Matched, "matched"},
    {MatchOutcome::Partial, "partial"},
    {MatchOutcome::Excess, "excess"},
    {MatchOutcome::Double, "double"},
    {MatchOutcome::Unmatched, "unmatched"},
    {MatchOutcome::Mismatch, "mismatch"},
    {MatchOutcome::Reversed, "reversed"},
}};
} // namespace

QString outcomeName(MatchOutcome outcome)
{
    for (const auto &[o, name] : kNames) {
        if (o == outcome)
            return QString::fromLatin1(name);
    }
    return {};
}

MatchOutcome outcomeFromName(const QString &name)
{
    for (const auto &[o, n] : kNames) {
        if (name == QLatin1String(n))
            return o;
    }
    return MatchOutcome::Unmatched;
}

int ImportResult::count(MatchOutcome outcome) const
{
    return int(std::count_if(receipts.begin(), receipts.end(),
                             [outcome](const Receipt &r) { return r.outcome == outcome; }));
}

Allocation allocate(core::Money amount, std::optional<core::Money> outstanding)
{
    if (!outstanding)
        return {MatchOutcome::Unmatched, {}, {}};
    const core::Money owed = std::max(*outstanding, core::Money());
    if (owed == core::Money())
        return {MatchOutcome::Double, {}, amount};
    if (amount < owed)
        return {MatchOutcome::Partial, amount, {}};
    if (amount == owed)
        return {MatchOutcome::Matched, amount, {}};
    return {MatchOutcome::Excess, owed, amount - owed};
}

core::Money lateChargeDue(const assessment::Assessment &a, const QDate &asOf)
{
    if (a.outstanding() <= core::Money() || asOf <= a.input.dueDate)
        return {};
    const auto charge = latePaymentCharge(interestRates().latePayment, a.outstanding(), a.input.dueDate, asOf);
    return charge ? charge->total : core::Money();
}

} // namespace kikan::revenue
