#include "eventbus.h"

#include <QDebug>

#include <exception>

namespace kikan::core {

int EventBus::subscriberCount(const std::type_index &type) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_handlers.find(type);
    return it == m_handlers.end() ? 0 : int(it->second.size());
}

void EventBus::report(const QString &subscriber, const QString &message) const
{
    qWarning().noquote() << "event subscriber" << subscriber << "failed:" << message;
    if (m_sink)
        m_sink(subscriber, message);
}

int EventBus::deliver(const std::type_index &type, const void *event) const
{
    std::vector<Subscription> subscribers;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_handlers.find(type);
        if (it == m_handlers.end())
            return 0;
        subscribers = it->second;
    }
    int delivered = 0;
    for (const Subscription &s : subscribers) {
        QString failure;
        try {
            s.call(event);
            ++delivered;
            continue;
        } catch (const std::exception &e) {
            failure = QString::fromUtf8(e.what());
        } catch (...) {
            failure = QStringLiteral("unknown exception");
        }
        report(s.name, failure);
    }
    return delivered;
}

} // namespace kikan::core
