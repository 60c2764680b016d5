// The 文字同定 module joining the server (server/module/module.h): the legacy system's 外字, their
// candidates and staff decisions (migration:view, migration:update).
#include "events.h"
#include "routes.h"
#include "server/module/module.h"

namespace kikan::migration {

namespace {
class MigrationModule : public module::Module
{
public:
    QString name() const override { return QStringLiteral("migration"); }
    module::MigrationRange migrations() const override { return {3000, 3999}; }
    QStringList rightAreas() const override { return {QStringLiteral("migration")}; }
    QStringList auditEvents() const override
    {
        using namespace event;
        QStringList out;
        for (const char *e : {GlyphImport, GlyphDecide, GlyphUndecide, DecidedExport, GlyphList,
                              GlyphView, CharacterSearch})
            out << QString::fromLatin1(e);
        return out;
    }
    void registerRoutes(core::ServerContext &context, http::Router &router) override
    {
        migration::registerRoutes(context, router);
    }
};
} // namespace

std::unique_ptr<module::Module> createModule()
{
    return std::make_unique<MigrationModule>();
}

} // namespace kikan::migration
