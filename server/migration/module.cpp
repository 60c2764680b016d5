// The 文字同定 module joining the server (server/module/module.h): the legacy system's 外字, their
// candidates and staff decisions (migration:view, migration:update).
#include "events.h"
#include "routes.h"
#include "server/module/declaredmodule.h"

namespace kikan::migration {

std::unique_ptr<module::Module> createModule()
{
    using namespace event;
    return module::declare({
        .name = QStringLiteral("migration"),
        .migrations = {3000, 3999},
        .rightAreas = {QStringLiteral("migration")},
        .auditEvents = module::names({GlyphImport, GlyphDecide, GlyphUndecide, DecidedExport,
                                      GlyphList, GlyphView, CharacterSearch}),
        .routes = &registerRoutes,
    });
}

} // namespace kikan::migration
