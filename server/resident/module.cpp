// The 住民記録 module joining the server (server/module/module.h): search and 照会, the 異動,
// 支援措置, certificates; it provides the party directory (宛名) and publishes every committed 異動
// as party::PartyChanged.
#include "certificate/certificatelog.h"
#include "certificateroutes.h"
#include "events.h"
#include "partydirectory.h"
#include "residentstore.h"
#include "routes.h"
#include "server/core/context.h"
#include "server/module/module.h"
#include "server/store/database.h"
#include "shared/api/resident/errors.h"

namespace kikan::resident {

namespace {
class ResidentModule : public module::Module
{
public:
    QString name() const override { return QStringLiteral("resident"); }
    module::MigrationRange migrations() const override { return {10000, 10999}; }
    QStringList rightAreas() const override { return {QStringLiteral("resident")}; }
    QList<api::ErrorInfo> errorCodes() const override { return api::residentErrors(); }
    QStringList auditEvents() const override
    {
        QStringList out = changeEvents();
        for (const char *e : {event::Search, event::View, event::HouseholdView,
                              event::ProtectedAccess, event::ProtectionRegister,
                              event::ProtectionLift, event::ProtectionList, event::Codes,
                              CertificateIssueEvent, CertificatePreviewEvent,
                              CertificateRecordEvent})
            out << QString::fromLatin1(e);
        return out;
    }
    void start(core::ServerContext &context) override
    {
        fillOtherNameKeys(context.database.connection()); // rows from before migration 10004
        m_directory = std::make_unique<ResidentPartyDirectory>(context.database);
        context.services.provide<party::PartyDirectory>(m_directory.get());
    }
    void registerRoutes(core::ServerContext &context, http::Router &router) override
    {
        resident::registerRoutes(context, router);
    }

private:
    std::unique_ptr<ResidentPartyDirectory> m_directory;
};
} // namespace

std::unique_ptr<module::Module> createModule()
{
    return std::make_unique<ResidentModule>();
}

} // namespace kikan::resident
