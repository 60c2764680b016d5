// The modules of one server, started in list order (wiring, so it lives in server/app): checks what
// they declare (schema ranges that do not overlap and hold every schema file), registers their
// error codes, starts them and collects their routes, each marked with the module that added it.
#pragma once

#include "server/module/module.h"

#include <optional>
#include <vector>

namespace kikan::app {

class ModuleSet
{
public:
    explicit ModuleSet(std::vector<std::unique_ptr<module::Module>> modules);

    // Throws std::logic_error naming the module and the file when the declarations disagree
    // (overlapping ranges, a schema file outside its module's range or of no module).
    void check() const;
    // Checks, registers error codes and starts every module (services provided, events
    // subscribed). Once: a second call does nothing.
    void start(core::ServerContext &context);
    // Lets each started module register its routes, each marked with its module.
    void registerRoutes(core::ServerContext &context, http::Router &router);
    // The subcommand called `name` (nullopt: no module offers it), and every one for the usage.
    std::optional<module::Command> command(const QString &name) const;
    QList<module::Command> commands() const;
    // Every module's daily tasks, in list order.
    QList<module::DailyTask> dailyTasks() const;
    // Each module's demo data, in list order; the lines they report.
    QStringList writeDemoData(core::ServerContext &context, const module::DemoOptions &options);

    std::unique_ptr<http::Authenticator> authenticator(core::ServerContext &context);
    std::unique_ptr<http::RequestObserver> requestObserver(core::ServerContext &context);

    const std::vector<std::unique_ptr<module::Module>> &modules() const { return m_modules; }
    const module::Module *find(const QString &name) const;

private:
    std::vector<std::unique_ptr<module::Module>> m_modules;
    bool m_started = false;
};

} // namespace kikan::app
