// The pure plan of a 当初課税 run (levy.h).
#include "levy.h"

namespace kikan::light_vehicle_tax {

namespace {
QString lineKey(qint64 vehicleId, qint64 partyNo)
{
    return QStringLiteral("%1/%2").arg(vehicleId).arg(partyNo);
}
} // namespace

LevyPlan planLevies(const RateBook &book, int fiscalYear,
                    const QList<VehicleRecord> &onAssessmentDay,
                    const QHash<qint64, ReductionDecision> &reductions,
                    const QList<Levy> &existing)
{
    QHash<QString, Levy> recorded;
    for (const Levy &l : existing)
        recorded.insert(lineKey(l.vehicleId, l.taxpayerPartyNo), l);
    LevyPlan plan;
    for (const VehicleRecord &v : onAssessmentDay) {
        if (!v.registered)
            continue;
        Levy line;
        line.fiscalYear = fiscalYear;
        line.vehicleId = v.vehicleId;
        line.taxpayerPartyNo = v.fields.ownerPartyNo;
        line.rate = decideRate(book, v.fields.facts, fiscalYear);
        const auto reduction = reductions.constFind(v.vehicleId);
        if (reduction != reductions.constEnd())
            line.reduction = reductionOf(line.rate.amount, *reduction);
        line.amount = line.rate.amount - line.reduction;
        const QString key = lineKey(line.vehicleId, line.taxpayerPartyNo);
        const auto found = recorded.constFind(key);
        if (found == recorded.constEnd()) {
            plan.create.append(line);
            continue;
        }
        if (found->amount == line.amount) {
            ++plan.unchanged;
        } else {
            Levy corrected = *found;
            corrected.rate = line.rate;
            corrected.reduction = line.reduction;
            plan.correct.append({corrected, line.amount});
        }
        recorded.remove(key);
    }
    // Lines no longer owed: 更正 to 0 (once; a line already at 0 is unchanged).
    // The line keeps its class; its tax and 減免 become 0 (not owed).
    for (Levy gone : std::as_const(recorded)) {
        if (gone.amount == core::Money() && gone.rate.amount == core::Money()) {
            ++plan.unchanged;
            continue;
        }
        gone.rate.amount = core::Money();
        gone.reduction = core::Money();
        plan.correct.append({gone, core::Money()});
    }
    return plan;
}

QMap<QString, ClassTotal> totalsByClass(const QList<Levy> &levies)
{
    QMap<QString, ClassTotal> out;
    for (const Levy &l : levies) {
        if (l.rate.amount == core::Money())
            continue; // no longer owed (更正 to 0)
        ClassTotal &t = out[l.rate.rateClass];
        ++t.count;
        t.tax += l.rate.amount;
        t.reduction += l.reduction;
        t.amount += l.amount;
    }
    return out;
}

QString sourceKeyOf(const Levy &levy)
{
    return QStringLiteral("light_vehicle_tax:%1:vehicle:%2:party:%3")
        .arg(levy.fiscalYear)
        .arg(levy.vehicleId)
        .arg(levy.taxpayerPartyNo);
}

} // namespace kikan::light_vehicle_tax
