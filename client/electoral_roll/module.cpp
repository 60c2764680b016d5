// The 選挙人名簿 area's client module: its page opens with electoral_roll:view.
#include "rollpage.h"

#include "client/module/areamodule.h"
#include "shared/api/electoral_roll/errors.h"

namespace kikan::client::electoral_roll {

QList<AreaEntry> areaModule()
{
    AreaEntry page = pageEntry<RollPage>("electoral_roll", "view");
    page.errors = api::electoralRollErrors();
    return {page};
}

} // namespace kikan::client::electoral_roll
