// The HTTP side of the printer profile sets (profilesets.h): PUT and GET
// /api/v1/printing/profile-sets/{group}.
#include "profilesets.h"
#include "routes.h"
#include "server/core/context.h"
#include "server/core/failure.h"
#include "server/http/router.h"
#include "shared/api/errorcode.h"
#include "shared/api/mass_printing/paths.h"

#include <QJsonArray>
#include <QUrl>

namespace kikan::mass_printing {

namespace {
QString groupParam(http::Request &r)
{
    const QString group = QUrl::fromPercentEncoding(r.pathParams.value(QStringLiteral("group")).toUtf8()).trimmed();
    if (group.isEmpty() || group.size() > 40)
        throw core::Failure::invalidField(QStringLiteral("group"), QStringLiteral("端末グループ名は 1〜40 文字です。"));
    return group;
}

http::Response push(core::ServerContext &ctx, http::Request &r)
{
    if (!r.actor().has(QStringLiteral("admin"), QStringLiteral("administer")))
        throw core::Failure(api::err::Forbidden);
    const QString group = groupParam(r);
    const QJsonObject set = r.jsonObject();
    storeProfileSet(ctx, group, set, r.actor().loginId);
    return http::Response::json(QJsonObject{{QStringLiteral("group"), group},
                                            {QStringLiteral("profiles"), set.value(QStringLiteral("profiles")).toArray().size()}});
}


http::Response fetch(core::ServerContext &ctx, http::Request &r)
{
    return http::Response::json(profileSet(ctx, groupParam(r)));
}
} // namespace

void registerProfileSetRoutes(core::ServerContext &ctx, http::Router &router)
{
    const QString path = QString::fromLatin1(api::path::PrinterProfileSets) + QStringLiteral("/{group}");
    // admin:administer, checked in push() (the admin area belongs to the auth module).
    router.add({QStringLiteral("PUT"), path, http::Access::signedIn(),
                QStringLiteral("printing.profile_set_push"), [&ctx](http::Request &r) { return push(ctx, r); }});
    router.add({QStringLiteral("GET"), path, http::Access::signedIn(), QStringLiteral("printing.profile_set_view"),
                [&ctx](http::Request &r) { return fetch(ctx, r); }});
}

} // namespace kikan::mass_printing
