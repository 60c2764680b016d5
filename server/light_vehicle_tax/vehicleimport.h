// Importing a file of vehicle 異動 (importlayout.h reads it): every line applied in ONE
// transaction through the register's own rules (vehicleregister.h writeRegistration/writeChange;
// a 異動 finds its vehicle by 標識番号); any error on any line — reading or applying — and nothing
// is applied; a dry run applies everything and rolls back, answering what it would change.
// Logged as one operation (light_vehicle_tax.import) with the counts.
#pragma once

#include "importlayout.h"
#include "server/core/actor.h"
#include "server/core/context.h"

namespace kikan::light_vehicle_tax {

struct ImportedLine {
    int line = 0;
    QString kind;
    QString plateNo;
    qint64 vehicleId = 0;
};

struct ImportResult {
    QString layout;
    bool dryRun = false;
    bool applied = false;
    QList<ImportedLine> lines;
    QList<ImportError> errors;  // non-empty: nothing applied (the route answers 422)
};

ImportResult importVehicles(core::ServerContext &context, const core::Actor &actor,
                            const QString &layoutName, const QByteArray &file, bool dryRun);

} // namespace kikan::light_vehicle_tax
