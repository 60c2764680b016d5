// The audit module joining the server (server/module/module.h): the seven logs' search and export
// (audit:view) and the observer that writes the communication and error logs of every request.
#include "auditroutes.h"
#include "events.h"
#include "requestobserver.h"
#include "server/core/context.h"
#include "server/module/module.h"

namespace kikan::audit {

namespace {
class AuditModule : public module::Module
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    module::MigrationRange migrations() const override { return {2000, 2999}; }
    QStringList rightAreas() const override { return {QStringLiteral("audit")}; }
    QStringList auditEvents() const override
    {
        QStringList out;
        for (const event::CatalogueEntry &e : event::catalogue())
            out << QString::fromLatin1(e.name);
        return out;
    }
    void registerRoutes(core::ServerContext &context, http::Router &router) override
    {
        audit::registerRoutes(context, router);
    }
    std::unique_ptr<http::RequestObserver> requestObserver(core::ServerContext &context) override
    {
        return std::make_unique<AuditRequestObserver>(context.audit,
                                                      spillFilePath(context.config.dataDir));
    }
};
} // namespace

std::unique_ptr<module::Module> createModule()
{
    return std::make_unique<AuditModule>();
}

} // namespace kikan::audit
