// Search, 照会 and code-table routes of the 住民記録 module (routes.h).
#include "routes.h"
#include "server/core/dates.h"

#include "certificateroutes.h"
#include "codetables.h"
#include "changewriter.h"
#include "events.h"
#include "inquiry.h"
#include "protection.h"
#include "residentstore.h"
#include "search.h"
#include "shared/api/endpoints.h"
#include "shared/api/resident/paths.h"

namespace kikan::resident {

void registerRoutes(core::ServerContext &ctx, http::Router &router)
{
    const http::Access view = http::Access::right(QStringLiteral("resident"),
                                                  QStringLiteral("view"));
    router.add({QStringLiteral("GET"), QString::fromLatin1(api::path::ResidentSearch), view,
                QString::fromLatin1(event::Search), [&ctx](http::Request &r) {
        return http::Response::json(searchResidents(ctx, r));
    }, true});
    router.add({QStringLiteral("GET"),
                QString::fromLatin1(api::path::ResidentPersons) + QStringLiteral("/{partyNo}"),
                view, QString::fromLatin1(event::View), [&ctx](http::Request &r) {
        return http::Response::json(personInquiry(ctx, r));
    }, true});
    router.add({QStringLiteral("GET"),
                QString::fromLatin1(api::path::ResidentHouseholds)
                    + QStringLiteral("/{householdNo}"),
                view, QString::fromLatin1(event::HouseholdView), [&ctx](http::Request &r) {
        return http::Response::json(householdInquiry(ctx, r));
    }, true});
    router.add({QStringLiteral("GET"), QString::fromLatin1(api::path::ResidentCodes), view,
                QString::fromLatin1(event::Codes), [&ctx](http::Request &) {
        const CodeTables &t = CodeTables::instance();
        return http::Response::json(QJsonObject{
            {QStringLiteral("codes"), t.on(core::processingDate(ctx.clock)).json},
            {QStringLiteral("townAreas"), t.townAreasJson()}});
    }});
    registerChangeRoutes(ctx, router);
    registerProtectionRoutes(ctx, router);
    registerCertificateRoutes(ctx, router);
}

} // namespace kikan::resident
