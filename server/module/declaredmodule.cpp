#include "declaredmodule.h"

namespace kikan::module {

namespace {
class DeclaredModule : public Module
{
public:
    explicit DeclaredModule(Declaration d) : m_d(std::move(d)) {}

    QString name() const override { return m_d.name; }
    MigrationRange migrations() const override { return m_d.migrations; }
    QStringList rightAreas() const override { return m_d.rightAreas; }
    QList<api::ErrorInfo> errorCodes() const override { return m_d.errorCodes; }
    QStringList auditEvents() const override { return m_d.auditEvents; }
    void start(core::ServerContext &context) override
    {
        if (m_d.start)
            m_d.start(context);
    }
    void registerRoutes(core::ServerContext &context, http::Router &router) override
    {
        if (m_d.routes)
            m_d.routes(context, router);
    }
    QList<Command> commands() const override { return m_d.commands; }
    QList<DailyTask> dailyTasks() const override { return m_d.daily; }
    QString writeDemoData(core::ServerContext &context, const DemoOptions &options) override
    {
        return m_d.demo ? m_d.demo(context, options) : QString();
    }
    std::unique_ptr<http::Authenticator> authenticator(core::ServerContext &context) override
    {
        return m_d.authenticator ? m_d.authenticator(context) : nullptr;
    }
    std::unique_ptr<http::RequestObserver> requestObserver(core::ServerContext &context) override
    {
        return m_d.requestObserver ? m_d.requestObserver(context) : nullptr;
    }

private:
    Declaration m_d;
};
} // namespace

std::unique_ptr<Module> declare(Declaration declaration)
{
    return std::make_unique<DeclaredModule>(std::move(declaration));
}

QStringList names(std::initializer_list<const char *> constants)
{
    QStringList out;
    for (const char *c : constants)
        out << QString::fromLatin1(c);
    return out;
}

} // namespace kikan::module
