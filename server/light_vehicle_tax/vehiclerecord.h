// One state of a vehicle in the register (車両台帳; schema/11001_light_vehicles.sql) and the 異動
// that produce states (登録, 転入, 名義変更, 定置場変更, 廃車), with the pure rules of each:
// what an entry must hold, which fields a 異動 may change, the order of effective dates.
// Tests: tests/server/light_vehicle_tax/vehiclerules_test.cpp.
#pragma once

#include "ratebook.h"
#include "server/core/failure.h"

#include <QDate>
#include <QStringList>

namespace kikan::light_vehicle_tax {

namespace change {
inline constexpr char Register[] = "register";            // 新規登録 (標識交付)
inline constexpr char TransferIn[] = "transfer_in";       // 転入 (from another town)
inline constexpr char TransferOwner[] = "transfer_owner"; // 名義変更
inline constexpr char MoveStorage[] = "move_storage";     // 定置場変更
inline constexpr char Deregister[] = "deregister";        // 廃車 (or 転出)
inline constexpr char ReplacePlate[] = "replace_plate";   // 標識の再交付 (lost or damaged plate)
} // namespace change

struct VehicleInput {
    QString plateNo;          // 標識番号
    VehicleFacts facts;
    QString chassisNo;        // 車台番号
    qint64 ownerPartyNo = 0;  // 所有者 (納税義務者)
    qint64 userPartyNo = 0;   // 使用者 (0: the owner)
    QString storagePlace;     // 定置場
    QString previousTown;     // 転入: 前の市区町村
    QString reason;           // 廃車の事由 …
};

struct VehicleRecord {
    qint64 vehicleId = 0;
    int historyNo = 0;
    QString changeKind;
    bool registered = true;   // status: registered | deregistered
    QDate validFrom;
    QDate validTo;            // invalid: still in force
    QString recordedAt;
    VehicleInput fields;
};

// The 異動 kinds that start a vehicle (登録, 転入) and those that follow (名義変更 …).
bool startsVehicle(const QString &kind);
bool isKnownChange(const QString &kind);

// Why a new vehicle's entry cannot be recorded (field named), or nullopt: plate, class (in the
// table of the 年度 of the effective date), use/body for four wheels, 初度検査年月 for three/four,
// power code, owner, 定置場; 転入 needs the town it came from.
std::optional<core::Failure> entryRefusal(const RateBook &book, const QString &kind,
                                          const VehicleInput &input, QDate effectiveDate);

// The state after a following 異動 on `current`, from the fields the 異動 may change (名義変更:
// owner and user; 定置場変更: 定置場 (and 標識番号 when given); 廃車: the reason); throws
// core::Failure when the vehicle is deregistered, the date precedes the current state, or a
// required field is missing.
VehicleRecord applyChange(const VehicleRecord &current, const QString &kind,
                          const VehicleInput &change, QDate effectiveDate);

} // namespace kikan::light_vehicle_tax
