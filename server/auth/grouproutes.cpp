// Routes of /api/v1/admin/groups, /admin/rights and /admin/settings (admin:administer; the API
// contract in docs/auth.md).
#include "routes.h"

#include "authevents.h"

#include "authsettings.h"
#include "groupadmin.h"
#include "rightscatalogue.h"
#include "signin.h"
#include "server/audit/auditlog.h"
#include "server/store/database.h"
#include "shared/api/endpoints.h"
#include "shared/api/errorcode.h"

namespace kikan::auth {

using http::Request;
using http::Response;

namespace {
GroupInput groupInput(const QJsonObject &body)
{
    GroupInput in;
    in.name = requiredString(body, QStringLiteral("name"));
    if (body.contains(QStringLiteral("description")))
        in.description = requiredString(body, QStringLiteral("description"));
    in.rights = stringList(body, QStringLiteral("rights"));
    return in;
}

Response groupResponse(core::ServerContext &ctx, qint64 id, int status = 200)
{
    for (const QJsonValue &g : listGroups(ctx.database.connection())) {
        if (g.toObject().value(QStringLiteral("id")).toInteger() == id)
            return Response::json(g.toObject(), status);
    }
    throw core::Failure(api::err::NotFound);
}
} // namespace

void registerGroupRoutes(core::ServerContext &ctx, http::Router &router)
{
    const QString groups = QString::fromLatin1(api::path::Groups);
    const QString one = groups + QStringLiteral("/{id}");
    const AuthSettings settings = AuthSettings::from(ctx.config);

    addAdminRoute(router, "GET", groups, event::GroupList, [&ctx](Request &) {
        return Response::json(
            QJsonObject{{QStringLiteral("groups"), listGroups(ctx.database.connection())}});
    });
    addAdminRoute(router, "POST", groups, "group.create", [&ctx](Request &r) {
        const qint64 id = adminFor<GroupAdmin>(ctx, r).create(groupInput(r.jsonObject()));
        return groupResponse(ctx, id, 201);
    });
    addAdminRoute(router, "PUT", one, "group.update", [&ctx](Request &r) {
        const qint64 id = r.idParam(QStringLiteral("id"));
        const QJsonObject body = r.jsonObject();
        adminFor<GroupAdmin>(ctx, r).update(id, groupInput(body),
                                            requiredInt(body, QStringLiteral("version")));
        return groupResponse(ctx, id);
    });
    addAdminRoute(router, "DELETE", one, "group.delete", [&ctx](Request &r) {
        const qint64 id = r.idParam(QStringLiteral("id"));
        // The version may come in the body or as ?version=; without it, deleting is unconditional.
        // (A body on DELETE is allowed but not required.)
        std::optional<int> version;
        if (r.query.hasQueryItem(QStringLiteral("version")))
            version = r.query.queryItemValue(QStringLiteral("version")).toInt();
        else if (!r.body.trimmed().isEmpty() && r.jsonObject().contains(QStringLiteral("version")))
            version = requiredInt(r.jsonObject(), QStringLiteral("version"));
        adminFor<GroupAdmin>(ctx, r).remove(id, version);
        return Response::noContent();
    });
    addAdminRoute(router, "GET", QString::fromLatin1(api::path::Rights), event::RightsRead,
                  [](Request &) {
        return Response::json(RightsCatalogue::instance().toJson());
    });
    addAdminRoute(router, "GET", QString::fromLatin1(api::path::AdminSettings), event::SettingsRead,
        [&ctx, settings](Request &) {
            return Response::json(QJsonObject{
                {QStringLiteral("passwordSignIn"),
                 passwordSignInEnabled(ctx.database.connection(), settings)}});
        });
    addAdminRoute(router, "PUT", QString::fromLatin1(api::path::AdminSettings), "settings.update",
        [&ctx, settings](Request &r) {
            const bool enabled = requiredBool(r.jsonObject(), QStringLiteral("passwordSignIn"));
            adminFor<GroupAdmin>(ctx, r).setPasswordSignIn(enabled);
            return Response::json(QJsonObject{{QStringLiteral("passwordSignIn"), enabled}});
        });
}

} // namespace kikan::auth
