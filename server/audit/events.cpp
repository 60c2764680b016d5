// The platform event catalogue (events.h) as a list, for docs/audit.md's test.
#include "events.h"

namespace kikan::audit::event {

QList<CatalogueEntry> catalogue()
{
    return {
        {HttpRequest, LogKind::Communication},
        {HttpError, LogKind::Error},
        {AuditSearch, LogKind::Access},
        {AuditExport, LogKind::Access},
        {AuditPurge, LogKind::Event},
    };
}

} // namespace kikan::audit::event
