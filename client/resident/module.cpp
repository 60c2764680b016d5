// The 住民記録 area's client module: its page (search, 照会, 異動) opens with resident:view.
#include "residentpage.h"

#include "client/module/areamodule.h"
#include "shared/api/resident/errors.h"

namespace kikan::client::resident {

QList<AreaEntry> areaModule()
{
    AreaEntry page = pageEntry<ResidentPage>("resident", "view");
    page.errors = api::residentErrors();
    return {page};
}

} // namespace kikan::client::resident
