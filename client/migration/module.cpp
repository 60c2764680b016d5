// The データ移行 area's client module: 文字同定 opens with migration:view.
#include "characteridentificationpage.h"

#include "client/module/areamodule.h"

namespace kikan::client::migration {

QList<AreaEntry> areaModule()
{
    return {pageEntry<CharacterIdentificationPage>("migration", "view")};
}

} // namespace kikan::client::migration
