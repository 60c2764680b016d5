// The server assembled: store + migrations, audit log, authentication, modules' routes, HTTPS.
// Used by `kikan-server serve` and, in-process, by the HTTP tests.
#pragma once

#include "context.h"
#include "server/http/dispatcher.h"
#include "server/http/router.h"

#include <memory>

namespace kikan::http {
class HttpsServer;
}

namespace kikan::app {

class Application
{
public:
    explicit Application(ServerConfig config, std::shared_ptr<Clock> clock = nullptr);
    ~Application();

    // Applies pending schema migrations; returns how many were applied.
    int migrate();
    // Builds the routes and starts listening (migrates first).
    void start();
    // Graceful stop: in-flight requests finish.
    void stop(int graceSeconds = 30);
    int port() const;

    ServerContext &context() { return *m_context; }
    const http::Router &router() const { return m_router; }
    http::Authenticator *authenticator() const { return m_authenticator.get(); }

private:
    ServerConfig m_config;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<audit::AuditLog> m_audit;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<http::Authenticator> m_authenticator;
    std::unique_ptr<http::RequestObserver> m_observer;
    http::Router m_router;
    std::unique_ptr<http::Dispatcher> m_dispatcher;
    std::unique_ptr<http::HttpsServer> m_server;
};

} // namespace kikan::app
