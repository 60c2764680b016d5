// The demo town's light vehicles (Module::writeDemoData; `kikan-server demotown generate`): about
// 0.4 vehicles per resident in realistic proportions (軽四輪 乗用 自家用 the most; old cars for 重課,
// new electric ones for 軽課; mopeds with the town's 標識), owned mostly by residents, some by the
// 法人 and 住登外者 server/non_resident wrote for the demo; then 当初課税 of the current 年度 so the
// 課税台帳 and 調定 exist. Residents are found through the party contract only (changesSince);
// the other kinds by PartyNumbers::kindOf after the last resident's number. Only into a database
// marked as a demo database (resident::demotown::isDemoDatabase).
#pragma once

#include "vehiclefacts.h"
#include "server/core/context.h"
#include "server/module/module.h"

#include <QRandomGenerator>

namespace kikan::light_vehicle_tax {

// One vehicle's facts drawn from the demo mix (also the bench's).
VehicleFacts demoFacts(QRandomGenerator &rng);

// Writes the demo vehicles once; returns the operator's line, empty when they exist already.
QString writeDemoVehicles(core::ServerContext &context, const module::DemoOptions &options);

} // namespace kikan::light_vehicle_tax
