// The skeleton area's client module, written as a real area's client/<area>/module.cpp would be:
// its page stands in for 固定資産税 and opens with property_tax:view.
#include "skeletonpage.h"

#include "client/module/areamodule.h"

namespace kikan::client::skeleton {

QList<AreaEntry> areaModule()
{
    return {pageEntry<SkeletonPage>("property_tax", "view")};
}

} // namespace kikan::client::skeleton
