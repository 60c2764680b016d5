// The server assembled: store + migrations, audit log, authentication, modules' routes, HTTPS.
// Used by `kikan-server serve` and, in-process, by the HTTP tests.
#pragma once

#include "server/core/context.h"
#include "server/http/dispatcher.h"
#include "server/http/router.h"
#include "moduleset.h"

#include <memory>

namespace kikan::http {
class HttpsServer;
}

namespace kikan::app {

class Application
{
public:
    // modules: the list of modulelist.h unless given (tests add a skeleton area this way).
    explicit Application(core::ServerConfig config, std::shared_ptr<core::Clock> clock = nullptr,
                         std::vector<std::unique_ptr<module::Module>> modules = {});
    ~Application();

    // Applies pending schema migrations; returns how many were applied.
    int migrate();
    // Migrates and starts the modules (services provided, events subscribed) without listening:
    // what a module's subcommand needs. Once; start() calls it.
    void prepare();
    // Builds the routes and starts listening (prepares first).
    void start();
    // Graceful stop: in-flight requests finish.
    void stop(int graceSeconds = 30);
    int port() const;

    core::ServerContext &context() { return *m_context; }
    const http::Router &router() const { return m_router; }
    http::Authenticator *authenticator() const { return m_authenticator.get(); }
    const ModuleSet &modules() const { return m_modules; }
    ModuleSet &modules() { return m_modules; }

private:
    core::ServerConfig m_config;
    std::shared_ptr<core::Clock> m_clock;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<audit::AuditLog> m_audit;
    core::EventBus m_events;
    core::Services m_services;
    std::unique_ptr<core::ServerContext> m_context;
    ModuleSet m_modules;
    bool m_prepared = false;
    std::unique_ptr<http::Authenticator> m_authenticator;
    std::unique_ptr<http::RequestObserver> m_observer;
    http::Router m_router;
    std::unique_ptr<http::Dispatcher> m_dispatcher;
    std::unique_ptr<http::HttpsServer> m_server;
};

} // namespace kikan::app
