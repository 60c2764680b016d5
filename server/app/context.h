// What every server module is given: configuration, the store, the clock and the audit log.
#pragma once

#include "clock.h"
#include "config.h"

namespace kikan::store {
class Database;
}
namespace kikan::audit {
class AuditLog;
}

namespace kikan::app {

struct ServerContext {
    const ServerConfig &config;
    store::Database &database;
    const Clock &clock;
    audit::AuditLog &audit;
};

} // namespace kikan::app
