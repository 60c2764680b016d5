// The 軽自動車税 種別割 module joining the server (server/module/module.h; docs/light-vehicle-tax.md):
// the rate tables by 年度 (read at start, so a broken file stops the server, not an assessment).
#include "ratebook.h"
#include "server/core/context.h"
#include "server/module/declaredmodule.h"
#include "shared/api/light_vehicle_tax/errors.h"

namespace kikan::light_vehicle_tax {

std::unique_ptr<module::Module> createModule()
{
    return module::declare({
        .name = QStringLiteral("light_vehicle_tax"),
        .migrations = {11000, 11999},
        .rightAreas = {QStringLiteral("light_vehicle_tax")},
        .errorCodes = api::lightVehicleTaxErrors(),
        .start = [](core::ServerContext &) { RateBook::builtIn(); },
    });
}

} // namespace kikan::light_vehicle_tax
