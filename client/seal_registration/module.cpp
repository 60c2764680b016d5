// The 印鑑登録 area's client module: its page opens with seal_registration:view.
#include "sealpage.h"

#include "client/module/areamodule.h"
#include "shared/api/seal_registration/errors.h"

namespace kikan::client::seal_registration {

QList<AreaEntry> areaModule()
{
    AreaEntry page = pageEntry<SealPage>("seal_registration", "view");
    page.errors = api::sealRegistrationErrors();
    return {page};
}

} // namespace kikan::client::seal_registration
