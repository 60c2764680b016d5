// The SQL of 減免, runs and 課税台帳 lines (levystore.h).
#include "levystore.h"

#include "server/store/database.h"
#include "server/store/rowreader.h"

#include <QSqlQuery>

namespace kikan::light_vehicle_tax {

namespace {
const QString kLevyColumns = QStringLiteral(
    "id, fiscal_year, vehicle_id, taxpayer_party_no, rate_class, rate_column, green_level, tax, "
    "reduction, amount, notice_no, assessment_id");

QList<Levy> levies(QSqlDatabase db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 FROM light_vehicle_levies WHERE %2 "
                                                 "ORDER BY id").arg(kLevyColumns, where), values);
    QList<Levy> out;
    while (q.next()) {
        store::RowReader row(q);
        Levy l;
        l.id = row.id();
        l.fiscalYear = row.integer();
        l.vehicleId = row.id();
        l.taxpayerPartyNo = row.id();
        l.rate.fiscalYear = l.fiscalYear;
        l.rate.rateClass = row.text();
        l.rate.column = row.text();
        l.rate.greenLevel = row.text();
        l.rate.amount = core::Money::ofYen(row.id());
        l.reduction = core::Money::ofYen(row.id());
        l.amount = core::Money::ofYen(row.id());
        l.noticeNo = row.text();
        l.assessmentId = row.id();
        out.append(l);
    }
    return out;
}
} // namespace

qint64 insertReduction(QSqlDatabase db, const ReductionRecord &r, const QString &recordedAt,
                       qint64 recordedBy)
{
    return store::insertReturningId(
        db, QStringLiteral("INSERT INTO light_vehicle_reductions (vehicle_id, fiscal_year, reason, "
                           "mode, ratio_numerator, ratio_denominator, amount, applied_on, "
                           "decided_on, note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?) RETURNING id"),
        {r.vehicleId, r.fiscalYear, r.reason, r.decision.mode, r.decision.ratio.numerator(),
         r.decision.ratio.denominator(), r.decision.amount.yen(), store::dateValue(r.appliedOn),
         store::dateValue(r.decidedOn), store::notNull(r.note), recordedAt, recordedBy});
}

QHash<qint64, ReductionDecision> reductionsOf(QSqlDatabase db, int fiscalYear)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT vehicle_id, mode, ratio_numerator, "
                                                 "ratio_denominator, amount FROM "
                                                 "light_vehicle_reductions WHERE fiscal_year = ? "
                                                 "AND withdrawn_at IS NULL ORDER BY id"),
                              {fiscalYear});
    QHash<qint64, ReductionDecision> out;
    while (q.next()) {
        store::RowReader row(q);
        const qint64 vehicle = row.id();
        ReductionDecision d;
        d.mode = row.text();
        const qint64 num = row.id();
        const qint64 den = row.id();
        d.ratio = core::Rate::fraction(num, den > 0 ? den : 1);
        d.amount = core::Money::ofYen(row.id());
        out.insert(vehicle, d); // the latest decision wins
    }
    return out;
}

QList<ReductionEntry> reductionsOfVehicle(QSqlDatabase db, qint64 vehicleId)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT id, fiscal_year, reason, mode, applied_on, "
                                                 "decided_on, note, withdrawn_on FROM "
                                                 "light_vehicle_reductions WHERE vehicle_id = ? "
                                                 "ORDER BY fiscal_year DESC, id DESC"),
                              {vehicleId});
    QList<ReductionEntry> out;
    while (q.next()) {
        store::RowReader row(q);
        ReductionEntry e;
        e.id = row.id();
        e.fiscalYear = int(row.id());
        e.reason = row.text();
        e.mode = row.text();
        e.appliedOn = row.text();
        e.decidedOn = row.text();
        e.note = row.text();
        e.withdrawnOn = row.text();
        out.append(e);
    }
    return out;
}

std::optional<WithdrawnReduction> withdrawReductionRow(QSqlDatabase db, qint64 reductionId,
                                                       QDate withdrawnOn, const QString &reason,
                                                       const QString &at, qint64 by, bool *known)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT vehicle_id, fiscal_year, withdrawn_at FROM "
                                                 "light_vehicle_reductions WHERE id = ?"),
                              {reductionId});
    *known = q.next();
    if (!*known || !q.value(2).isNull())
        return std::nullopt;
    const WithdrawnReduction out{q.value(0).toLongLong(), q.value(1).toInt()};
    store::exec(db, QStringLiteral("UPDATE light_vehicle_reductions SET withdrawn_at = ?, "
                                   "withdrawn_on = ?, withdrawal_reason = ?, withdrawn_by = ? "
                                   "WHERE id = ?"),
                {at, store::dateValue(withdrawnOn), reason, by, reductionId});
    return out;
}

bool yearAssessed(QSqlDatabase db, int fiscalYear)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT 1 FROM light_vehicle_levies WHERE "
                                                 "fiscal_year = ? LIMIT 1"), {fiscalYear});
    return q.next();
}

qint64 insertRun(QSqlDatabase db, int fiscalYear, const QString &runAt, qint64 runBy)
{
    return store::insertReturningId(db, QStringLiteral("INSERT INTO light_vehicle_runs "
                                                       "(fiscal_year, run_at, run_by, created, "
                                                       "unchanged, corrected) VALUES (?, ?, ?, 0, "
                                                       "0, 0) RETURNING id"),
                                    {fiscalYear, runAt, runBy});
}

void finishRun(QSqlDatabase db, qint64 runId, int created, int unchanged, int corrected)
{
    store::exec(db, QStringLiteral("UPDATE light_vehicle_runs SET created = ?, unchanged = ?, "
                                   "corrected = ? WHERE id = ?"),
                {created, unchanged, corrected, runId});
}

QList<Levy> leviesOf(QSqlDatabase db, int fiscalYear)
{
    return levies(db, QStringLiteral("fiscal_year = ?"), {fiscalYear});
}

QList<Levy> leviesOfVehicle(QSqlDatabase db, qint64 vehicleId)
{
    return levies(db, QStringLiteral("vehicle_id = ?"), {vehicleId});
}

qint64 insertLevy(QSqlDatabase db, const Levy &l, qint64 runId)
{
    return store::insertReturningId(
        db, QStringLiteral("INSERT INTO light_vehicle_levies (fiscal_year, vehicle_id, "
                           "taxpayer_party_no, rate_class, rate_column, green_level, tax, "
                           "reduction, amount, notice_no, assessment_id, run_id) VALUES (?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {l.fiscalYear, l.vehicleId, l.taxpayerPartyNo, l.rate.rateClass, l.rate.column,
         store::notNull(l.rate.greenLevel), l.rate.amount.yen(), l.reduction.yen(), l.amount.yen(),
         l.noticeNo, l.assessmentId, runId});
}

void correctLevy(QSqlDatabase db, const Levy &now, core::Money amountBefore, qint64 runId,
                 const QString &reason)
{
    store::exec(db, QStringLiteral("UPDATE light_vehicle_levies SET rate_column = ?, green_level = ?, "
                                   "tax = ?, reduction = ?, amount = ? WHERE id = ?"),
                {now.rate.column, store::notNull(now.rate.greenLevel), now.rate.amount.yen(),
                 now.reduction.yen(), now.amount.yen(), now.id});
    store::exec(db, QStringLiteral("INSERT INTO light_vehicle_levy_changes (levy_id, run_id, "
                                   "amount_before, amount_after, reason) VALUES (?, ?, ?, ?, ?)"),
                {now.id, runId, amountBefore.yen(), now.amount.yen(), reason});
}

} // namespace kikan::light_vehicle_tax
