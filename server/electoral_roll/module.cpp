// The 選挙人名簿 module joining the server (server/module/module.h). So far its rules
// (rollrules.h) and data (resources/electoral_roll/); the roll itself, its batches and screens are
// not built yet (docs/electoral-roll.md).
#include "server/module/declaredmodule.h"

namespace kikan::electoral_roll {

std::unique_ptr<module::Module> createModule()
{
    return module::declare({
        .name = QStringLiteral("electoral_roll"),
        .migrations = {15000, 15999},
        .rightAreas = {QStringLiteral("electoral_roll")},
    });
}

} // namespace kikan::electoral_roll
