// The JSON of 当初課税 (assessmentjson.h).
#include "assessmentjson.h"

#include "server/resident/personinput.h"

namespace kikan::light_vehicle_tax {

QJsonObject summaryJson(const RunSummary &s)
{
    QJsonArray classes;
    ClassTotal all;
    for (auto it = s.totals.begin(); it != s.totals.end(); ++it) {
        const RateClass *rc = RateBook::builtIn().forYear(s.fiscalYear).rateClass(it.key());
        classes.append(QJsonObject{{QStringLiteral("rateClass"), it.key()},
                                   {QStringLiteral("label"), rc ? rc->label : it.key()},
                                   {QStringLiteral("count"), it->count},
                                   {QStringLiteral("tax"), it->tax.yen()},
                                   {QStringLiteral("reduction"), it->reduction.yen()},
                                   {QStringLiteral("amount"), it->amount.yen()}});
        all.count += it->count;
        all.tax += it->tax;
        all.reduction += it->reduction;
        all.amount += it->amount;
    }
    return {{QStringLiteral("fiscalYear"), s.fiscalYear},
            {QStringLiteral("runId"), s.runId},
            {QStringLiteral("created"), s.created},
            {QStringLiteral("unchanged"), s.unchanged},
            {QStringLiteral("corrected"), s.corrected},
            {QStringLiteral("classes"), classes},
            {QStringLiteral("total"), QJsonObject{{QStringLiteral("count"), all.count},
                                                  {QStringLiteral("tax"), all.tax.yen()},
                                                  {QStringLiteral("reduction"), all.reduction.yen()},
                                                  {QStringLiteral("amount"), all.amount.yen()}}}};
}

QJsonArray leviesJson(const QList<Levy> &levies)
{
    QJsonArray out;
    for (const Levy &l : levies) {
        out.append(QJsonObject{{QStringLiteral("fiscalYear"), l.fiscalYear},
                               {QStringLiteral("taxpayerPartyNo"), l.taxpayerPartyNo},
                               {QStringLiteral("rateClass"), l.rate.rateClass},
                               {QStringLiteral("column"), l.rate.column},
                               {QStringLiteral("tax"), l.rate.amount.yen()},
                               {QStringLiteral("reduction"), l.reduction.yen()},
                               {QStringLiteral("amount"), l.amount.yen()},
                               {QStringLiteral("noticeNo"), l.noticeNo},
                               {QStringLiteral("assessmentId"), l.assessmentId}});
    }
    return out;
}

ReductionRecord readReduction(const QJsonObject &body)
{
    ReductionRecord r;
    r.vehicleId = resident::readNumber(body, QStringLiteral("vehicleId"), {}, true);
    r.fiscalYear = int(resident::readNumber(body, QStringLiteral("fiscalYear"), {}, true));
    r.reason = resident::readText(body, QStringLiteral("reason"), {}, true, 40);
    r.decision.mode = resident::readText(body, QStringLiteral("mode"), {}, true, 10);
    if (r.decision.mode == QLatin1String("ratio")) {
        const auto rate = core::Rate::parse(resident::readText(body, QStringLiteral("ratio"), {}, true, 20));
        if (!rate.ok())
            throw core::Failure::invalidField(QStringLiteral("ratio"), rate.error().message);
        r.decision.ratio = rate.value();
    } else if (r.decision.mode == QLatin1String("amount")) {
        r.decision.amount = core::Money::ofYen(resident::readNumber(body, QStringLiteral("amount"), {}, true));
    } else if (r.decision.mode != QLatin1String("full")) {
        throw core::Failure::invalidField(QStringLiteral("mode"),
                                          QStringLiteral("減免の方法は full、ratio、amount のいずれかです。"));
    }
    r.appliedOn = resident::readDate(body, QStringLiteral("appliedOn"), {}, true);
    r.decidedOn = resident::readDate(body, QStringLiteral("decidedOn"), {}, true);
    r.note = resident::readText(body, QStringLiteral("note"), {}, false, 400);
    return r;
}

QJsonArray reductionsJson(const QList<ReductionEntry> &reductions)
{
    QJsonArray out;
    for (const ReductionEntry &e : reductions) {
        const ReductionReason *reason = RateBook::builtIn().reductionReason(e.reason);
        out.append(QJsonObject{{QStringLiteral("reductionId"), e.id},
                               {QStringLiteral("fiscalYear"), e.fiscalYear},
                               {QStringLiteral("reason"), e.reason},
                               {QStringLiteral("reasonLabel"), reason ? reason->label : e.reason},
                               {QStringLiteral("mode"), e.mode},
                               {QStringLiteral("appliedOn"), e.appliedOn},
                               {QStringLiteral("decidedOn"), e.decidedOn},
                               {QStringLiteral("note"), e.note},
                               {QStringLiteral("withdrawnOn"), e.withdrawnOn}});
    }
    return out;
}

QJsonArray reductionReasonsJson()
{
    QJsonArray out;
    for (const ReductionReason &r : RateBook::builtIn().reductionReasons())
        out.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("label"), r.label}});
    return out;
}

} // namespace kikan::light_vehicle_tax
