// The services one module offers the others, by interface type: the 住民記録 module provides the
// party directory (party::PartyDirectory), a tax area will ask for it. Provided while the server
// starts (module start()), looked up by type afterwards; asking for one nobody provides is a
// wiring error and says which.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <typeindex>

namespace kikan::core {

class Services
{
public:
    template <typename Interface>
    void provide(Interface *service)
    {
        m_services[std::type_index(typeid(Interface))] = service;
    }

    template <typename Interface>
    Interface *find() const
    {
        const auto it = m_services.find(std::type_index(typeid(Interface)));
        return it == m_services.end() ? nullptr : static_cast<Interface *>(it->second);
    }

    template <typename Interface>
    Interface &get() const
    {
        if (Interface *s = find<Interface>())
            return *s;
        throw std::logic_error(std::string("no module provides ") + typeid(Interface).name());
    }

private:
    std::map<std::type_index, void *> m_services;
};

} // namespace kikan::core
