// The 住民記録 area's client module: its page (search, 照会, 異動) opens with resident:view.
#include "residentpage.h"

#include "client/module/areamodule.h"

namespace kikan::client::resident {

QList<AreaEntry> areaModule()
{
    return {pageEntry<ResidentPage>("resident", "view")};
}

} // namespace kikan::client::resident
