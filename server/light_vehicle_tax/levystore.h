// The SQL of 減免 decisions, 当初課税 runs and the 課税台帳 lines (schema/11002_levies.sql). Runs
// on the caller's connection (a run is one transaction with the 調定 it hands over).
#pragma once

#include "levy.h"

#include <QSqlDatabase>

namespace kikan::light_vehicle_tax {

qint64 insertReduction(QSqlDatabase db, const ReductionRecord &r, const QString &recordedAt,
                       qint64 recordedBy);
// The 減免 in force for a 年度, by vehicle (the latest decision when there are several).
QHash<qint64, ReductionDecision> reductionsOf(QSqlDatabase db, int fiscalYear);

// The 減免 decisions of a vehicle, every 年度, withdrawn ones too (for its 照会).
struct ReductionEntry {
    qint64 id = 0;
    int fiscalYear = 0;
    QString reason, mode, appliedOn, decidedOn, note, withdrawnOn; // withdrawnOn empty: in force
};
QList<ReductionEntry> reductionsOfVehicle(QSqlDatabase db, qint64 vehicleId);

// 減免の取消: marks the decision withdrawn; its vehicle and 年度, or nullopt when there is no such
// decision in force (unknown, or withdrawn already: `known` tells which).
struct WithdrawnReduction {
    qint64 vehicleId = 0;
    int fiscalYear = 0;
};
std::optional<WithdrawnReduction> withdrawReductionRow(QSqlDatabase db, qint64 reductionId,
                                                       QDate withdrawnOn, const QString &reason,
                                                       const QString &at, qint64 by, bool *known);
// Whether 当初課税 has recorded lines for the 年度.
bool yearAssessed(QSqlDatabase db, int fiscalYear);

qint64 insertRun(QSqlDatabase db, int fiscalYear, const QString &runAt, qint64 runBy);
void finishRun(QSqlDatabase db, qint64 runId, int created, int unchanged, int corrected);

QList<Levy> leviesOf(QSqlDatabase db, int fiscalYear);
QList<Levy> leviesOfVehicle(QSqlDatabase db, qint64 vehicleId);
// Inserts a line (with its 通知書番号 and 調定) and returns its id.
qint64 insertLevy(QSqlDatabase db, const Levy &levy, qint64 runId);
// A 更正: the line's amounts now, and the change row.
void correctLevy(QSqlDatabase db, const Levy &now, core::Money amountBefore, qint64 runId,
                 const QString &reason);

} // namespace kikan::light_vehicle_tax
