#include "healthroutes.h"

#include "server/core/dates.h"
#include "server/store/database.h"
#include "shared/api/endpoints.h"

namespace kikan::app {

void registerHealthRoutes(core::ServerContext &context, http::Router &router)
{
    router.add({QStringLiteral("GET"), QString::fromLatin1(api::path::Health),
                http::Access::publicRoute(), QStringLiteral("health.check"),
                [&context](http::Request &) {
                    // Proves the store answers, not just that the process is alive.
                    QSqlQuery q = store::exec(context.database.connection(),
                                              QStringLiteral("SELECT MAX(version) FROM "
                                                             "schema_migrations"));
                    q.next();
                    const store::Database::ServerRole reached = context.database.serverRole();
                    return http::Response::json(QJsonObject{
                        {QStringLiteral("storeRole"), reached.role},
                        {QStringLiteral("storeHost"), reached.host},
                        {QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("version"), QStringLiteral(KIKAN_VERSION)},
                        {QStringLiteral("store"), context.database.isPostgres()
                                                      ? QStringLiteral("postgresql")
                                                      : QStringLiteral("sqlite")},
                        {QStringLiteral("schemaVersion"), q.value(0).toInt()},
                        {QStringLiteral("time"),
                         core::timestampNow(context.clock)},
                    });
                }});
}

} // namespace kikan::app
