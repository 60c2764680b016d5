// The vehicle register's JSON (routes.cpp): a request body read into VehicleInput with the counter's
// date forms, and records, views and 年度 tax written back.
#pragma once

#include "vehicleregister.h"

#include <QJsonObject>

namespace kikan::light_vehicle_tax {

// The entry or 異動 fields present in `body` (absent ones stay empty).
VehicleInput readVehicleInput(const QJsonObject &body);
QDate readEffectiveDate(const QJsonObject &body);
QJsonObject recordJson(const VehicleRecord &record);
QJsonObject savedJson(const SavedVehicle &saved);
QJsonObject yearTaxJson(const YearTax &tax);

} // namespace kikan::light_vehicle_tax
