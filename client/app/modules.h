// The area modules the client is built with (client/app/modulelist.h), as one list of pages.
#pragma once

#include "client/module/areamodule.h"

namespace kikan::client {

// Every listed module's entries, in the order of modulelist.h.
const QList<AreaEntry> &listedModules();

} // namespace kikan::client
