#include "application.h"

#include "healthroutes.h"
#include "modules.h"
#include "server/audit/auditlog.h"
#include "server/jobs/jobqueue.h"
#include "server/http/httpsserver.h"
#include "server/store/database.h"
#include "server/store/migrations.h"

namespace kikan::app {

Application::Application(core::ServerConfig config, std::shared_ptr<core::Clock> clock,
                         std::vector<std::unique_ptr<module::Module>> modules)
    : m_config(std::move(config)),
      m_clock(clock ? std::move(clock) : std::make_shared<core::SystemClock>()),
      m_modules(modules.empty() ? createModules() : std::move(modules))
{
    m_database = std::make_unique<store::Database>(m_config.store);
    m_audit = std::make_unique<audit::AuditLog>(*m_database, *m_clock);
    m_context.reset(new core::ServerContext{m_config, *m_database, *m_clock, *m_audit,
                                             m_events, m_services});
}

Application::~Application()
{
    stop(5);
}

int Application::migrate()
{
    return store::Migrator(*m_database).migrate();
}

void Application::prepare()
{
    if (m_prepared)
        return;
    migrate();
    m_modules.start(*m_context);
    m_prepared = true;
}

void Application::start()
{
    prepare();
    m_authenticator = m_modules.authenticator(*m_context);
    m_observer = m_modules.requestObserver(*m_context);
    registerHealthRoutes(*m_context, m_router);
    m_modules.registerRoutes(*m_context, m_router);
    // Background jobs run in a serving server only (never in a CLI command's prepare()).
    if (auto *queue = m_services.find<jobs::JobQueue>())
        queue->startRunners();
    m_dispatcher = std::make_unique<http::Dispatcher>(m_router, m_authenticator.get(),
                                                      m_observer.get());
    m_server = std::make_unique<http::HttpsServer>(m_config.listen, *m_dispatcher);
    m_server->start();
}

void Application::stop(int graceSeconds)
{
    if (auto *queue = m_services.find<jobs::JobQueue>())
        queue->stop();
    if (m_server) {
        m_server->stop(graceSeconds);
        m_server.reset();
    }
}

int Application::port() const
{
    return m_server ? m_server->port() : 0;
}

} // namespace kikan::app
