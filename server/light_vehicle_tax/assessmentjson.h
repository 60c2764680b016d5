// The JSON of 当初課税 (routes and the CLI): a run's summary with the 課税台帳 totals per 車種区分,
// a vehicle's lines, and a 減免 decision read from a request body.
#pragma once

#include "initialassessment.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kikan::light_vehicle_tax {

QJsonObject summaryJson(const RunSummary &summary);
QJsonArray leviesJson(const QList<Levy> &levies);
ReductionRecord readReduction(const QJsonObject &body);

} // namespace kikan::light_vehicle_tax
