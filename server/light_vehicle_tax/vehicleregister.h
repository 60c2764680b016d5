// The vehicle register as a service (車両台帳): 登録 and 転入 of a vehicle, the 異動 that follow
// (名義変更, 定置場変更, 廃車) with the version read (optimistic concurrency) and the effective date,
// 照会 as of a date with the full history, search, and the 種別割 of a 年度 from the vehicle as it
// stood on 賦課期日 4月1日 (a 名義変更 on 4月2日 leaves that 年度 with the former owner). Owners and
// users are checked through party::PartyDirectory (residents, 住登外者, 法人). Every 異動 is
// written to the operation log.
#pragma once

#include "taxrules.h"
#include "vehiclerecord.h"
#include "server/core/actor.h"
#include "server/core/context.h"

#include <QSqlDatabase>

namespace kikan::light_vehicle_tax {

struct SavedVehicle {
    qint64 vehicleId = 0;
    int version = 0;
    int historyNo = 0;
};

struct VehicleView {
    VehicleRecord state;      // as of the date asked for
    QList<VehicleRecord> history;
    int version = 0;
};

// The 種別割 of one vehicle for a 年度: taxable when registered on 賦課期日.
struct YearTax {
    int fiscalYear = 0;
    QDate assessmentDate;     // 賦課期日 (4月1日)
    bool taxable = false;
    VehicleRecord state;      // the vehicle on 賦課期日 (taxable only)
    RateDecision rate;
};

SavedVehicle registerVehicle(core::ServerContext &context, const core::Actor &actor,
                             const QString &kind, const VehicleInput &input, QDate effectiveDate);
SavedVehicle changeVehicle(core::ServerContext &context, const core::Actor &actor, qint64 vehicleId,
                           int version, const QString &kind, const VehicleInput &change,
                           QDate effectiveDate);
// The same two without a transaction or log of their own, in the caller's (an import applies
// every line in one transaction).
SavedVehicle writeRegistration(core::ServerContext &context, QSqlDatabase db,
                               const core::Actor &actor, const QString &kind,
                               const VehicleInput &input, QDate effectiveDate);
SavedVehicle writeChange(core::ServerContext &context, QSqlDatabase db, const core::Actor &actor,
                         qint64 vehicleId, int version, const QString &kind,
                         const VehicleInput &change, QDate effectiveDate);
VehicleView viewVehicle(core::ServerContext &context, const core::Actor &actor, qint64 vehicleId,
                        QDate asOf);
// Current states by 標識番号, owner's 宛名番号, or owner's name (party::PartySearch over every
// kind of party: at most 50 owners, 200 vehicles in all).
QList<VehicleRecord> searchVehicles(core::ServerContext &context, const core::Actor &actor,
                                    const QString &plateNo, qint64 ownerPartyNo,
                                    const QString &ownerName = {});
YearTax yearTaxOf(core::ServerContext &context, const core::Actor &actor, qint64 vehicleId,
                  int fiscalYear);

// 賦課期日 of a 年度 (地方税法 第463条の18 [要確認]): 4月1日.
inline QDate assessmentDateOf(int fiscalYear) { return QDate(fiscalYear, 4, 1); }
// The 種別割 of a vehicle state on 賦課期日 (pure over the rate book).
YearTax yearTaxOfState(const RateBook &book, const std::optional<VehicleRecord> &onAssessmentDate,
                       int fiscalYear);

} // namespace kikan::light_vehicle_tax
