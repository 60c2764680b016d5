// The 収納管理 area's client module: the treasury page opens with revenue:view (changes need
// revenue:update, checked by the server).
#include "revenuepage.h"

#include "client/module/areamodule.h"
#include "shared/api/revenue/errors.h"

namespace kikan::client::revenue {

QList<AreaEntry> areaModule()
{
    AreaEntry page = pageEntry<RevenuePage>("revenue", "view");
    page.errors = api::revenueErrors();
    return {page};
}

} // namespace kikan::client::revenue
