// Routes of /api/v1/admin/users (admin:administer): list, create, read, update, disable, enable,
// unlock, reset password, bind and revoke cards (the API contract in docs/auth.md).
#include "routes.h"

#include "authevents.h"

#include "useradmin.h"
#include "userstore.h"
#include "server/audit/auditlog.h"
#include "server/store/database.h"
#include "shared/api/endpoints.h"

#include <QJsonArray>

namespace kikan::auth {

using http::Request;
using http::Response;

namespace {
Response userResponse(core::ServerContext &ctx, qint64 id, int status = 200)
{
    QSqlDatabase db = ctx.database.connection();
    return Response::json(userListItem(db, requireUser(db, id)), status);
}
} // namespace

void registerUserRoutes(core::ServerContext &ctx, http::Router &router)
{
    const QString users = QString::fromLatin1(api::path::Users);
    const QString one = users + QStringLiteral("/{id}");

    addAdminRoute(router, "GET", users, event::UserList, [&ctx](Request &) {
        QSqlDatabase db = ctx.database.connection();
        QJsonArray items;
        for (const User &u : listUsers(db))
            items.append(userListItem(db, u));
        return Response::json(QJsonObject{{QStringLiteral("users"), items}});
    });
    addAdminRoute(router, "POST", users, "user.create", [&ctx](Request &r) {
        const QJsonObject body = r.jsonObject();
        UserInput in;
        in.loginId = requiredString(body, QStringLiteral("loginId"));
        in.displayName = requiredString(body, QStringLiteral("displayName"));
        if (body.contains(QStringLiteral("password")))
            in.password = requiredString(body, QStringLiteral("password"));
        in.groupIds = idList(body, QStringLiteral("groupIds"));
        return userResponse(ctx, adminFor<UserAdmin>(ctx, r).create(in), 201);
    });
    addAdminRoute(router, "GET", one, event::UserRead, [&ctx](Request &r) {
        return userResponse(ctx, r.idParam(QStringLiteral("id")));
    });
    addAdminRoute(router, "PUT", one, "user.update", [&ctx](Request &r) {
        const qint64 id = r.idParam(QStringLiteral("id"));
        const QJsonObject body = r.jsonObject();
        adminFor<UserAdmin>(ctx, r).update(id, requiredString(body, QStringLiteral("displayName")),
                                           idList(body, QStringLiteral("groupIds")),
                                           requiredInt(body, QStringLiteral("version")));
        return userResponse(ctx, id);
    });
    addAdminRoute(router, "POST", one + QStringLiteral("/disable"), "user.disable",
                  [&ctx](Request &r) {
        const qint64 id = r.idParam(QStringLiteral("id"));
        adminFor<UserAdmin>(ctx, r).setDisabled(id, true);
        return userResponse(ctx, id);
    });
    addAdminRoute(router, "POST", one + QStringLiteral("/enable"), "user.enable",
                  [&ctx](Request &r) {
        const qint64 id = r.idParam(QStringLiteral("id"));
        adminFor<UserAdmin>(ctx, r).setDisabled(id, false);
        return userResponse(ctx, id);
    });
    addAdminRoute(router, "POST", one + QStringLiteral("/unlock"), "user.unlock",
                  [&ctx](Request &r) {
        const qint64 id = r.idParam(QStringLiteral("id"));
        adminFor<UserAdmin>(ctx, r).unlock(id);
        return userResponse(ctx, id);
    });
    addAdminRoute(router, "POST", one + QStringLiteral("/reset-password"), "user.reset_password",
        [&ctx](Request &r) {
            const qint64 id = r.idParam(QStringLiteral("id"));
            adminFor<UserAdmin>(ctx, r).resetPassword(
                id, requiredString(r.jsonObject(), QStringLiteral("password")));
            return userResponse(ctx, id);
        });
    addAdminRoute(router, "POST", one + QStringLiteral("/cards"), "user.bind_card",
                  [&ctx](Request &r) {
        const qint64 id = r.idParam(QStringLiteral("id"));
        const QJsonObject body = r.jsonObject();
        UserAdmin a = adminFor<UserAdmin>(ctx, r);
        a.bindCard(id, requiredString(body, QStringLiteral("cardId")));
        // Optional: the PIN handed over with the card (the staff member may change it later).
        if (body.contains(QStringLiteral("pin")))
            a.setPin(id, requiredString(body, QStringLiteral("pin")));
        return userResponse(ctx, id, 201);
    });
    addAdminRoute(router, "DELETE", one + QStringLiteral("/cards/{cardId}"), "user.revoke_card",
        [&ctx](Request &r) {
            const qint64 id = r.idParam(QStringLiteral("id"));
            adminFor<UserAdmin>(ctx, r).revokeCard(id,
                                                   r.pathParams.value(QStringLiteral("cardId")));
            return userResponse(ctx, id);
        });
}

} // namespace kikan::auth
