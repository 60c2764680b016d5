// Handlers of the audit routes (auditroutes.h); filters and queries live in search.h.
#include "auditroutes.h"

#include "auditlog.h"
#include "events.h"
#include "search.h"
#include "shared/api/endpoints.h"

#include <QJsonArray>

namespace kikan::audit {

namespace {
// Who read which part of the log: written before the answer leaves, so a search whose access
// entry cannot be written fails (store.unavailable) instead of answering unrecorded.
void logAccess(core::ServerContext &context, const http::Request &request, const char *name,
               const AuditQuery &query, qint64 rows)
{
    context.audit.record(request.actor(), LogKind::Access, QString::fromLatin1(name),
                         QStringLiteral("audit_log"),
                         {{QStringLiteral("filters"), query.toJson()}, {QStringLiteral("rows"), rows}});
}
} // namespace

void registerRoutes(core::ServerContext &context, http::Router &router)
{
    const http::Access view = http::Access::right(QStringLiteral("audit"), QStringLiteral("view"));
    router.add({QStringLiteral("GET"), QString::fromLatin1(api::path::AuditSearch), view,
                QString::fromLatin1(event::AuditSearch), [&context](http::Request &request) {
                    const AuditQuery query = AuditQuery::fromUrlQuery(request.query);
                    const QJsonObject result = searchEntries(context.database, query);
                    logAccess(context, request, event::AuditSearch, query,
                              result.value(QStringLiteral("entries")).toArray().size());
                    return http::Response::json(result);
                }});
    router.add({QStringLiteral("GET"), QString::fromLatin1(api::path::AuditExport), view,
                QString::fromLatin1(event::AuditExport), [&context](http::Request &request) {
                    const AuditQuery query = AuditQuery::fromUrlQuery(request.query);
                    const CsvExport csv = exportCsv(context.database, query);
                    logAccess(context, request, event::AuditExport, query, csv.rows);
                    http::Response response = http::Response::csv(
                        csv.utf8, QStringLiteral("audit-%1.csv")
                                      .arg(context.clock.now().toString(
                                          QStringLiteral("yyyyMMdd-HHmmss"))));
                    response.headers.append(
                        {QByteArray("X-Kikan-Total-Rows"), QByteArray::number(csv.total)});
                    if (csv.capped()) {
                        response.headers.append({QByteArray("X-Kikan-Truncated"),
                                                 QByteArray::number(csv.rows)});
                    }
                    return response;
                }});
}

} // namespace kikan::audit
