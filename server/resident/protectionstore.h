// The SQL of 支援措置 (protection.h): the protection_measures table (schema
// 10001_resident_registry.sql). SQL only; whether a measure is in force is protection.h inForce.
#pragma once

#include "protection.h"

#include <QSqlDatabase>

#include <optional>

namespace kikan::resident {

// Every measure of the given persons (lifted ones included), by id.
QList<ProtectionMeasure> measuresOf(QSqlDatabase db, const QList<qint64> &partyNos);
// Every measure ever registered (a few per town): what a pass over the whole register checks.
QList<ProtectionMeasure> allMeasures(QSqlDatabase db);
std::optional<ProtectionMeasure> measureById(QSqlDatabase db, qint64 id);
// Inserts a measure recorded at `recordedAt` by `userId`; returns its id.
qint64 insertMeasure(QSqlDatabase db, const ProtectionInput &input, const QString &recordedAt,
                     qint64 userId);
void markLifted(QSqlDatabase db, qint64 id, const QString &liftedAt, qint64 userId);

} // namespace kikan::resident
