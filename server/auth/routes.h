// The auth module's surface towards the server: its routes (/auth/* and /admin/* except the audit
// search), its authenticator, and the helpers its routes share for reading request bodies.
#pragma once

#include "server/audit/auditlog.h"
#include "server/core/context.h"
#include "server/http/dispatcher.h"
#include "server/http/router.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>

namespace kikan::auth {

// Called from app::registerModules.
void registerRoutes(core::ServerContext &context, http::Router &router);
// Called from app::makeAuthenticator.
std::unique_ptr<http::Authenticator> makeAuthenticator(core::ServerContext &context);

void registerSignInRoutes(core::ServerContext &context, http::Router &router);
void registerUserRoutes(core::ServerContext &context, http::Router &router);
void registerGroupRoutes(core::ServerContext &context, http::Router &router);
// Adds a route of /admin that needs admin:administer.
void addAdminRoute(http::Router &router, const char *method, const QString &pattern,
                   const char *event, http::Handler handler);
// The admin service (GroupAdmin, UserAdmin) acting for request r: its audit entries are
// operation-log entries of r's user.
template <class Admin>
Admin adminFor(core::ServerContext &ctx, const http::Request &r)
{
    return Admin(ctx, audit::AuditEntry::forRequest(r, audit::LogKind::Operation, {}));
}

// Body fields; a missing or mistyped one is core::Failure::invalidField (request.validation).
QString requiredString(const QJsonObject &body, const QString &field);
int requiredInt(const QJsonObject &body, const QString &field);
bool requiredBool(const QJsonObject &body, const QString &field);
QList<qint64> idList(const QJsonObject &body, const QString &field);
QStringList stringList(const QJsonObject &body, const QString &field);

} // namespace kikan::auth
