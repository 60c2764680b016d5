// listedModules(): the composition of the client's area modules. Each line of modulelist.h
// declares its area's factory here and calls it once; no area header is included.
#include "modules.h"

#define KIKAN_CLIENT_MODULE(area)                                                                  \
    namespace kikan::client::area {                                                                \
    QList<AreaEntry> areaModule();                                                                 \
    }
#include "modulelist.h"
#undef KIKAN_CLIENT_MODULE

namespace kikan::client {

const QList<AreaEntry> &listedModules()
{
    static const QList<AreaEntry> entries = [] {
        QList<AreaEntry> all;
#define KIKAN_CLIENT_MODULE(area) all += area::areaModule();
#include "modulelist.h"
#undef KIKAN_CLIENT_MODULE
        for (const AreaEntry &e : all)
            api::registerErrors(e.errors);
        return all;
    }();
    return entries;
}

} // namespace kikan::client
