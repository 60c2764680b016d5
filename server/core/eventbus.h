// How one area reacts to another without reading its tables (ARCHITECTURE "Areas react to one
// another through events published after commit"): the publishing area defines a plain event type
// in its contract header (e.g. party::PartyChanged for 住民記録's 異動), publishes it once its
// transaction has committed, and every subscriber of that type is called on the publishing thread,
// in subscription order. A subscriber's failure is reported to the error sink and never undoes or
// fails the publisher's committed work; the publisher's own record (e.g. resident_changes) stays
// the durable source a subscriber can catch up from after a crash.
#pragma once

#include <QString>

#include <functional>
#include <map>
#include <mutex>
#include <typeindex>
#include <vector>

namespace kikan::core {

class EventBus
{
public:
    // Called with the subscriber's name and the failure's text when a subscriber throws.
    using ErrorSink = std::function<void(const QString &subscriber, const QString &message)>;

    // Subscriptions are made while the server starts (module connect()), before requests run.
    template <typename Event>
    void subscribe(const QString &subscriber, std::function<void(const Event &)> handler)
    {
        std::lock_guard lock(m_mutex);
        m_handlers[std::type_index(typeid(Event))].push_back(
            {subscriber, [handler = std::move(handler)](const void *e) {
                 handler(*static_cast<const Event *>(e));
             }});
    }

    // Delivers an event to every subscriber of its type; returns how many succeeded.
    template <typename Event>
    int publish(const Event &event) const
    {
        return deliver(std::type_index(typeid(Event)), &event);
    }

    // The same, for an event that costs work to build (e.g. reading a committed change back): built
    // only when somebody subscribes, and a failure to build it is reported like a subscriber's,
    // never thrown to the publisher whose work is already committed.
    template <typename Event, typename Build>
    int publishWith(Build build) const
    {
        if (subscriberCount(std::type_index(typeid(Event))) == 0)
            return 0;
        try {
            return publish<Event>(build());
        } catch (const std::exception &e) {
            report(QStringLiteral("(building the event)"), QString::fromUtf8(e.what()));
        }
        return 0;
    }

    void setErrorSink(ErrorSink sink) { m_sink = std::move(sink); }
    int subscriberCount(const std::type_index &type) const;

private:
    struct Subscription {
        QString name;
        std::function<void(const void *)> call;
    };
    int deliver(const std::type_index &type, const void *event) const;
    void report(const QString &subscriber, const QString &message) const;

    mutable std::mutex m_mutex;
    std::map<std::type_index, std::vector<Subscription>> m_handlers;
    ErrorSink m_sink;
};

} // namespace kikan::core
