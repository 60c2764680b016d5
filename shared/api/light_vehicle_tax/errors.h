// The error codes of 軽自動車税 種別割 with their Japanese messages for staff, registered by the
// area's modules (server/light_vehicle_tax/module.cpp); docs/light-vehicle-tax.md lists them.
#pragma once

#include "shared/api/errorcode.h"

namespace kikan::api {

namespace err {
inline constexpr char LightVehicleNoRateTable[] = "light_vehicle_tax.no_rate_table";
inline constexpr char LightVehicleUnknownClass[] = "light_vehicle_tax.unknown_class";
inline constexpr char LightVehicleFirstInspection[] = "light_vehicle_tax.first_inspection_required";
inline constexpr char LightVehicleRateTableInvalid[] = "light_vehicle_tax.rate_table_invalid";
inline constexpr char LightVehicleNotFound[] = "light_vehicle_tax.vehicle_not_found";
inline constexpr char LightVehicleConflict[] = "light_vehicle_tax.conflict";
inline constexpr char LightVehicleState[] = "light_vehicle_tax.state";
inline constexpr char LightVehiclePlateInUse[] = "light_vehicle_tax.plate_in_use";
inline constexpr char LightVehiclePartyUnknown[] = "light_vehicle_tax.party_unknown";
inline constexpr char LightVehicleReductionReason[] = "light_vehicle_tax.reduction_reason";
inline constexpr char LightVehicleArrears[] = "light_vehicle_tax.arrears";
inline constexpr char LightVehicleReductionNotFound[] = "light_vehicle_tax.reduction_not_found";
inline constexpr char LightVehiclePlateRange[] = "light_vehicle_tax.plate_range";
inline constexpr char LightVehicleImportInvalid[] = "light_vehicle_tax.import_invalid";
} // namespace err

// Every code above with its HTTP status and message.
QList<ErrorInfo> lightVehicleTaxErrors();

} // namespace kikan::api
