// The 当初課税 of a 年度 (levyplan.cpp: pure; initialassessment.cpp: the run): every vehicle
// registered on 賦課期日 4月1日 gives one line per 納税義務者 × 車両 (the owner on that day), taxed by
// the 年度's rate table less its 減免; lines already handed to 収納 are compared, never rewritten:
// the same amount is left alone (a re-run changes nothing), another amount is a 更正 of the 調定,
// and a line no longer owed (a 廃車 or 名義変更 recorded late, dated before 4月1日) is 更正 to 0.
#pragma once

#include "taxrules.h"
#include "vehiclerecord.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace kikan::light_vehicle_tax {

// A 減免 decision as recorded (light_vehicle_reductions).
struct ReductionRecord {
    qint64 id = 0;
    qint64 vehicleId = 0;
    int fiscalYear = 0;
    QString reason;
    ReductionDecision decision;
    QDate appliedOn;
    QDate decidedOn;
    QString note;
};

// One line of the 課税台帳.
struct Levy {
    qint64 id = 0;
    int fiscalYear = 0;
    qint64 vehicleId = 0;
    qint64 taxpayerPartyNo = 0;
    RateDecision rate;
    core::Money reduction;
    core::Money amount;       // 調定額
    QString noticeNo;
    qint64 assessmentId = 0;
};

// What a run must do.
struct LevyPlan {
    QList<Levy> create;                  // new lines (id 0)
    QList<QPair<Levy, core::Money>> correct; // existing line, its new amount (更正)
    int unchanged = 0;
};

// Per 車種区分 (rate class): the 課税台帳 totals the tax office checks.
struct ClassTotal {
    int count = 0;
    core::Money tax;
    core::Money reduction;
    core::Money amount;
};

// The plan of a run: `onAssessmentDay` the vehicles registered on 4月1日 (their states),
// `reductions` by vehicle, `existing` the lines of the 年度 already recorded.
LevyPlan planLevies(const RateBook &book, int fiscalYear,
                    const QList<VehicleRecord> &onAssessmentDay,
                    const QHash<qint64, ReductionDecision> &reductions,
                    const QList<Levy> &existing);

// Totals by rate class over the lines in force (amount as now).
QMap<QString, ClassTotal> totalsByClass(const QList<Levy> &levies);

// The ledger's key of a line: the same line twice is one 調定.
QString sourceKeyOf(const Levy &levy);

} // namespace kikan::light_vehicle_tax
