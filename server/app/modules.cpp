// The one place where the server's modules are listed: modulelist.h, expanded twice (the factory
// declarations, then the list). No module's header is included here.
#include "modules.h"

#define KIKAN_MODULE(name)                                                                        \
    namespace kikan::name {                                                                       \
    std::unique_ptr<module::Module> createModule();                                               \
    }
#include "modulelist.h"
#undef KIKAN_MODULE

namespace kikan::app {

std::vector<std::unique_ptr<module::Module>> createModules()
{
    std::vector<std::unique_ptr<module::Module>> modules;
#define KIKAN_MODULE(name) modules.push_back(kikan::name::createModule());
#include "modulelist.h"
#undef KIKAN_MODULE
    return modules;
}

} // namespace kikan::app
