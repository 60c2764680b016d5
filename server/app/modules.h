// The modules of this server, made from server/app/modulelist.h.
#pragma once

#include "server/module/module.h"

#include <vector>

namespace kikan::app {

std::vector<std::unique_ptr<module::Module>> createModules();

} // namespace kikan::app
