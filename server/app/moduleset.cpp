#include "moduleset.h"

#include "server/core/context.h"
#include "server/http/dispatcher.h"
#include "server/http/router.h"
#include "server/store/migrations.h"

#include <stdexcept>

namespace kikan::app {

namespace {
// Schema folders of the platform below the modules (server/store).
const QStringList kPlatformSchemas = {QStringLiteral("store")};
constexpr int kPlatformLast = 999;

[[noreturn]] void wiringError(const QString &what)
{
    throw std::logic_error(what.toStdString());
}

QString schemaFolder(const QString &resourcePath) // ":/schema/<name>/NNNNN_x.sql"
{
    return resourcePath.section(QLatin1Char('/'), 2, 2);
}
} // namespace

ModuleSet::ModuleSet(std::vector<std::unique_ptr<module::Module>> modules)
    : m_modules(std::move(modules))
{
}

const module::Module *ModuleSet::find(const QString &name) const
{
    for (const auto &m : m_modules) {
        if (m->name() == name)
            return m.get();
    }
    return nullptr;
}

void ModuleSet::check() const
{
    for (size_t i = 0; i < m_modules.size(); ++i) {
        const module::MigrationRange a = m_modules[i]->migrations();
        if (!a.isEmpty() && a.first <= kPlatformLast)
            wiringError(m_modules[i]->name() + QStringLiteral(": schema range below 1000"));
        for (size_t j = i + 1; j < m_modules.size() && !a.isEmpty(); ++j) {
            const module::MigrationRange b = m_modules[j]->migrations();
            if (!b.isEmpty() && a.first <= b.last && b.first <= a.last) {
                wiringError(m_modules[i]->name() + QStringLiteral(" and ")
                            + m_modules[j]->name() + QStringLiteral(": schema ranges overlap"));
            }
        }
    }
    for (const store::Migration &m : store::Migrator::available()) {
        const QString folder = schemaFolder(m.resourcePath);
        if (kPlatformSchemas.contains(folder) && m.version <= kPlatformLast)
            continue;
        const module::Module *owner = find(folder);
        if (!owner || !owner->migrations().contains(m.version)) {
            wiringError(m.resourcePath + QStringLiteral(": version %1 is outside the range of "
                                                        "module '%2'").arg(m.version).arg(folder));
        }
    }
}

void ModuleSet::start(core::ServerContext &context)
{
    if (m_started)
        return;
    check();
    for (const auto &m : m_modules)
        api::registerErrors(m->errorCodes());
    for (const auto &m : m_modules)
        m->start(context);
    m_started = true;
}

QList<module::Command> ModuleSet::commands() const
{
    QList<module::Command> all;
    for (const auto &m : m_modules)
        all += m->commands();
    return all;
}

QList<module::DailyTask> ModuleSet::dailyTasks() const
{
    QList<module::DailyTask> all;
    for (const auto &m : m_modules)
        all += m->dailyTasks();
    return all;
}

std::optional<module::Command> ModuleSet::command(const QString &name) const
{
    for (const module::Command &c : commands()) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

QStringList ModuleSet::writeDemoData(core::ServerContext &context,
                                     const module::DemoOptions &options)
{
    QStringList lines;
    for (const auto &m : m_modules) {
        const QString line = m->writeDemoData(context, options);
        if (!line.isEmpty())
            lines << line;
    }
    return lines;
}

void ModuleSet::registerRoutes(core::ServerContext &context, http::Router &router)
{
    for (const auto &m : m_modules) {
        const qsizetype before = router.routes().size();
        m->registerRoutes(context, router);
        router.markModule(before, m->name());
    }
}

std::unique_ptr<http::Authenticator> ModuleSet::authenticator(core::ServerContext &context)
{
    for (const auto &m : m_modules) {
        if (auto a = m->authenticator(context))
            return a;
    }
    return nullptr;
}

std::unique_ptr<http::RequestObserver> ModuleSet::requestObserver(core::ServerContext &context)
{
    for (const auto &m : m_modules) {
        if (auto o = m->requestObserver(context))
            return o;
    }
    return nullptr;
}

} // namespace kikan::app
