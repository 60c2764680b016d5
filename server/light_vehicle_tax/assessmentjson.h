// The JSON of 当初課税 (routes and the CLI): a run's summary with the 課税台帳 totals per 車種区分,
// a vehicle's lines, a 減免 decision read from a request body, a vehicle's 減免 and the reasons.
#pragma once

#include "initialassessment.h"
#include "levystore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kikan::light_vehicle_tax {

QJsonObject summaryJson(const RunSummary &summary);
QJsonArray leviesJson(const QList<Levy> &levies);
ReductionRecord readReduction(const QJsonObject &body);
// A vehicle's 減免 decisions with the reason's label (the 年度's rate file).
QJsonArray reductionsJson(const QList<ReductionEntry> &reductions);
// The 減免 reasons of the rate file: [{code, label}].
QJsonArray reductionReasonsJson();

} // namespace kikan::light_vehicle_tax
