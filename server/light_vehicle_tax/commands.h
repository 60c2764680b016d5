// The 軽自動車税 module's kikan-server subcommands (commands.cpp).
#pragma once

#include "server/module/module.h"

namespace kikan::light_vehicle_tax {

QList<module::Command> commands();

} // namespace kikan::light_vehicle_tax
