// The SQL of the vehicle register (vehiclestore.h).
#include "vehiclestore.h"

#include "server/store/database.h"
#include "server/store/rowreader.h"

#include <QSqlQuery>

namespace kikan::light_vehicle_tax {

namespace {
const QString kColumns = QStringLiteral(
    "vehicle_id, history_no, change_kind, status, valid_from, valid_to, recorded_at, plate_no, "
    "vehicle_class, vehicle_use, body, first_inspection, chassis_no, power, fuel_economy_level, "
    "new_vehicle, owner_party_no, user_party_no, storage_place, previous_town, reason");

VehicleRecord readRecord(const QSqlQuery &q)
{
    store::RowReader row(q);
    VehicleRecord r;
    r.vehicleId = row.id();
    r.historyNo = row.integer();
    r.changeKind = row.text();
    r.registered = row.text() == QLatin1String("registered");
    r.validFrom = row.date();
    r.validTo = row.date();
    r.recordedAt = row.text();
    VehicleInput &f = r.fields;
    f.plateNo = row.text();
    f.facts.vehicleClass = row.text();
    f.facts.use = row.text();
    f.facts.body = row.text();
    f.facts.firstInspection = YearMonth::parse(row.text()).value_or(YearMonth{});
    f.chassisNo = row.text();
    f.facts.power = row.text();
    f.facts.fuelEconomyLevel = row.text();
    f.facts.newVehicle = row.flag();
    f.ownerPartyNo = row.id();
    f.userPartyNo = row.id();
    f.storagePlace = row.text();
    f.previousTown = row.text();
    f.reason = row.text();
    return r;
}

QList<VehicleRecord> many(QSqlDatabase db, const QString &tail, const QVariantList &values)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 FROM light_vehicle_records WHERE %2")
                                      .arg(kColumns, tail), values);
    QList<VehicleRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

std::optional<VehicleRecord> one(QSqlDatabase db, const QString &tail, const QVariantList &values)
{
    const QList<VehicleRecord> rows = many(db, tail, values);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

const QString kInForce = QStringLiteral("valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)");
} // namespace

qint64 insertVehicle(QSqlDatabase db, const QString &createdAt)
{
    return store::insertReturningId(db, QStringLiteral("INSERT INTO light_vehicles (version, "
                                                       "created_at) VALUES (1, ?) RETURNING id"),
                                    {createdAt});
}

void insertRecord(QSqlDatabase db, const VehicleRecord &r, qint64 recordedBy)
{
    const VehicleInput &f = r.fields;
    store::exec(db, QStringLiteral("INSERT INTO light_vehicle_records (%1, recorded_by) VALUES (?, "
                                   "?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .arg(kColumns),
                {r.vehicleId, r.historyNo, r.changeKind,
                 r.registered ? QStringLiteral("registered") : QStringLiteral("deregistered"),
                 store::dateValue(r.validFrom), r.recordedAt, f.plateNo, f.facts.vehicleClass,
                 store::notNull(f.facts.use), store::notNull(f.facts.body),
                 store::nullIfEmpty(f.facts.firstInspection.toString()), store::notNull(f.chassisNo),
                 f.facts.power, store::notNull(f.facts.fuelEconomyLevel), f.facts.newVehicle ? 1 : 0,
                 f.ownerPartyNo, f.userPartyNo ? QVariant(f.userPartyNo) : QVariant(QMetaType(QMetaType::LongLong)),
                 f.storagePlace, store::notNull(f.previousTown), store::notNull(f.reason), recordedBy});
}

void closeCurrent(QSqlDatabase db, qint64 vehicleId, QDate date)
{
    store::exec(db, QStringLiteral("UPDATE light_vehicle_records SET valid_to = ? "
                                   "WHERE vehicle_id = ? AND valid_to IS NULL"),
                {store::dateValue(date), vehicleId});
}

std::optional<VehicleRecord> currentRecord(QSqlDatabase db, qint64 vehicleId)
{
    return one(db, QStringLiteral("vehicle_id = ? AND valid_to IS NULL"), {vehicleId});
}

std::optional<VehicleRecord> recordAsOf(QSqlDatabase db, qint64 vehicleId, QDate asOf)
{
    const QString d = asOf.toString(Qt::ISODate);
    return one(db, QStringLiteral("vehicle_id = ? AND %1 ORDER BY history_no DESC").arg(kInForce),
               {vehicleId, d, d});
}

QList<VehicleRecord> historyOf(QSqlDatabase db, qint64 vehicleId)
{
    return many(db, QStringLiteral("vehicle_id = ? ORDER BY history_no"), {vehicleId});
}

QList<VehicleRecord> registeredOn(QSqlDatabase db, QDate asOf)
{
    const QString d = asOf.toString(Qt::ISODate);
    return many(db, QStringLiteral("status = 'registered' AND %1 ORDER BY vehicle_id").arg(kInForce),
                {d, d});
}

qint64 vehicleWithPlate(QSqlDatabase db, const QString &plateNo)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT vehicle_id FROM light_vehicle_records "
                                                 "WHERE plate_no = ? AND valid_to IS NULL AND "
                                                 "status = 'registered'"), {plateNo});
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<VehicleRecord> findCurrent(QSqlDatabase db, const QString &plateNo, qint64 ownerPartyNo,
                                 int limit)
{
    QString where = QStringLiteral("valid_to IS NULL");
    QVariantList values;
    if (!plateNo.isEmpty()) {
        where += QStringLiteral(" AND plate_no = ?");
        values << plateNo;
    }
    if (ownerPartyNo) {
        where += QStringLiteral(" AND owner_party_no = ?");
        values << ownerPartyNo;
    }
    return many(db, where + QStringLiteral(" ORDER BY vehicle_id LIMIT %1").arg(limit), values);
}

int versionOf(QSqlDatabase db, qint64 vehicleId)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT version FROM light_vehicles WHERE id = ?"),
                              {vehicleId});
    return q.next() ? q.value(0).toInt() : 0;
}

bool claimVersion(QSqlDatabase db, qint64 vehicleId, int version)
{
    QSqlQuery q = store::exec(db, QStringLiteral("UPDATE light_vehicles SET version = version + 1 "
                                                 "WHERE id = ? AND version = ?"),
                              {vehicleId, version});
    return q.numRowsAffected() == 1;
}

} // namespace kikan::light_vehicle_tax
