// The 軽自動車税 area's client module: its page (search, 照会, 異動, 当初課税, 納税証明書) opens with
// light_vehicle_tax:view.
#include "vehiclepage.h"

#include "client/module/areamodule.h"
#include "shared/api/light_vehicle_tax/errors.h"

namespace kikan::client::light_vehicle_tax {

QList<AreaEntry> areaModule()
{
    AreaEntry page = pageEntry<VehiclePage>("light_vehicle_tax", "view");
    page.errors = api::lightVehicleTaxErrors();
    return {page};
}

} // namespace kikan::client::light_vehicle_tax
