// The administration folder's client module, two areas: 職員・権限管理 (the admin page, which also
// registers IC cards through the terminal's reader) opens with admin:administer, ログ管理 (the
// audit log search) with audit:view.
#include "adminpage.h"
#include "auditlogpage.h"

#include "client/module/areamodule.h"

namespace kikan::client::admin {

QList<AreaEntry> areaModule()
{
    return {pageEntry<AdminPage>("admin", "administer"), pageEntry<AuditLogPage>("audit", "view")};
}

} // namespace kikan::client::admin
