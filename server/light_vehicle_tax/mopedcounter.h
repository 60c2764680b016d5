// Counter work for the vehicles the town registers itself (原付・小型特殊・ミニカー: the classes of
// plate-ranges.json): 登録 with a 標識 from the town's number range and its 標識交付証明書, 廃車 with
// its 廃車申告受付書, 標識 lost or damaged and re-issued (a new number, the old one never given out
// again) with a new 標識交付証明書. Each document has a 発行番号 (light_vehicle_counter_documents)
// and a print-log entry, and is drawn by the forms engine from
// resources/forms/light-vehicle-counter-document.json. The register's own rules and log apply
// (vehicleregister.h); the 異動, the plate and the document are one transaction.
#pragma once

#include "shared/forms/pagejson.h"
#include "vehiclerecord.h"
#include "server/core/actor.h"
#include "server/core/context.h"

#include <QByteArray>

namespace kikan::light_vehicle_tax {

namespace counter_document {
inline constexpr char PlateIssue[] = "plate_issue";       // 標識交付証明書 (登録)
inline constexpr char PlateReissue[] = "plate_reissue";   // 標識交付証明書 (再交付)
inline constexpr char Deregistration[] = "deregistration"; // 廃車申告受付書
} // namespace counter_document

struct CounterDocument {
    qint64 serial = 0;        // 発行番号
    qint64 vehicleId = 0;
    int version = 0;          // the vehicle's version after the 異動
    QString plateNo;
    QByteArray pdf;
    forms::PageSet pages; // what the PDF draws, for a client that draws it itself (pagejson.h)
};

// 登録: the plate is allocated (input.plateNo is ignored). Throws light_vehicle_tax.plate_range
// (the town issues no plate for the class, or the range is used up) and the register's refusals.
CounterDocument registerMoped(core::ServerContext &context, const core::Actor &actor,
                              VehicleInput input, QDate effectiveDate);
// 廃車 of a town-registered vehicle with the version read; the plate is returned.
CounterDocument deregisterMoped(core::ServerContext &context, const core::Actor &actor,
                                qint64 vehicleId, int version, const QString &reason,
                                QDate effectiveDate);
// 標識 lost or damaged: a new plate from the range, the 異動 replace_plate.
CounterDocument reissuePlate(core::ServerContext &context, const core::Actor &actor,
                             qint64 vehicleId, int version, const QString &reason,
                             QDate effectiveDate);

} // namespace kikan::light_vehicle_tax
