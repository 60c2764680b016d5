// Paths of the 軽自動車税 種別割 API (server/light_vehicle_tax/routes.cpp, docs/light-vehicle-tax.md),
// shared by the server's routes and the client.
#pragma once

namespace kikan::api::path {
inline constexpr char LightVehicles[] = "/api/v1/light-vehicle-tax/vehicles";
inline constexpr char LightVehicleAssessments[] = "/api/v1/light-vehicle-tax/assessments";
inline constexpr char LightVehicleImports[] = "/api/v1/light-vehicle-tax/imports";
inline constexpr char LightVehicleMopeds[] = "/api/v1/light-vehicle-tax/mopeds";
inline constexpr char LightVehicleReductions[] = "/api/v1/light-vehicle-tax/reductions";
} // namespace kikan::api::path
