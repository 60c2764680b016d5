// The SQL of the vehicle register (schema/11001_light_vehicles.sql): states with history, the
// version per vehicle, as-of reads and the searches. Runs on the caller's connection.
#pragma once

#include "vehiclerecord.h"

#include <QList>
#include <QSqlDatabase>

namespace kikan::light_vehicle_tax {

qint64 insertVehicle(QSqlDatabase db, const QString &createdAt); // version 1
void insertRecord(QSqlDatabase db, const VehicleRecord &record, qint64 recordedBy);
void closeCurrent(QSqlDatabase db, qint64 vehicleId, QDate date);
std::optional<VehicleRecord> currentRecord(QSqlDatabase db, qint64 vehicleId);
std::optional<VehicleRecord> recordAsOf(QSqlDatabase db, qint64 vehicleId, QDate asOf);
QList<VehicleRecord> historyOf(QSqlDatabase db, qint64 vehicleId); // oldest first
// The registered vehicles on `asOf` (a 当初課税 reads them on 4月1日), in vehicle order.
QList<VehicleRecord> registeredOn(QSqlDatabase db, QDate asOf);
// The vehicle registered now under a 標識番号 (0: none).
qint64 vehicleWithPlate(QSqlDatabase db, const QString &plateNo);
// Vehicles whose current state has this plate or owner (either may be empty / 0), at most `limit`.
QList<VehicleRecord> findCurrent(QSqlDatabase db, const QString &plateNo, qint64 ownerPartyNo,
                                 int limit);

int versionOf(QSqlDatabase db, qint64 vehicleId); // 0: unknown
bool claimVersion(QSqlDatabase db, qint64 vehicleId, int version);

} // namespace kikan::light_vehicle_tax
