// What every server module is given: configuration, the store, the clock, the audit log, the
// events areas publish to one another and the services they offer one another.
#pragma once

#include "clock.h"
#include "config.h"
#include "eventbus.h"
#include "services.h"

namespace kikan::store {
class Database;
}
namespace kikan::audit {
class AuditLog;
}

namespace kikan::core {

struct ServerContext {
    const ServerConfig &config;
    store::Database &database;
    const Clock &clock;
    audit::AuditLog &audit;
    EventBus &events;
    Services &services;
};

} // namespace kikan::core
