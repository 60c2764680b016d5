// Routes of /api/v1/auth: options, password and card sign-in, sign-out, me, password change
// (the API contract in docs/auth.md).
#include "routes.h"

#include "authevents.h"
#include "authsettings.h"
#include "sessions.h"
#include "signin.h"
#include "userstore.h"
#include "server/audit/auditlog.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/endpoints.h"

namespace kikan::auth {

using http::Access;
using http::Request;
using http::Response;

void registerSignInRoutes(core::ServerContext &ctx, http::Router &router)
{
    const AuthSettings settings = AuthSettings::from(ctx.config);
    auto signIn = std::make_shared<SignIn>(ctx);

    router.add({QStringLiteral("GET"), QString::fromLatin1(api::path::AuthOptions),
                Access::publicRoute(), QString::fromLatin1(event::Options),
                [&ctx, settings](Request &) {
                    return Response::json(QJsonObject{
                        {QStringLiteral("passwordSignIn"),
                         passwordSignInEnabled(ctx.database.connection(), settings)},
                        {QStringLiteral("cardSignIn"), true},
                        {QStringLiteral("passwordPolicy"),
                         QJsonObject{{QStringLiteral("minLength"), settings.passwordMinLength},
                                     {QStringLiteral("minClasses"), settings.passwordMinClasses},
                                     {QStringLiteral("notLoginId"), true},
                                     {QStringLiteral("pinMinLength"), settings.pinMinLength}}},
                    });
                }});

    router.add({QStringLiteral("POST"), QString::fromLatin1(api::path::SignInPassword),
                Access::publicRoute(), QString::fromLatin1(event::SignIn),
                [signIn](Request &r) {
                    const QJsonObject body = r.jsonObject();
                    return Response::json(signIn->withPassword(
                        r.actor(), requiredString(body, QStringLiteral("loginId")),
                        requiredString(body, QStringLiteral("password"))));
                }, /*auditsItself=*/true});

    router.add({QStringLiteral("POST"), QString::fromLatin1(api::path::SignInCard),
                Access::publicRoute(), QString::fromLatin1(event::SignIn),
                [signIn](Request &r) {
                    const QJsonObject body = r.jsonObject();
                    return Response::json(
                        signIn->withCard(r.actor(), requiredString(body, QStringLiteral("cardId")),
                                         requiredString(body, QStringLiteral("pin"))));
                }, /*auditsItself=*/true});

    router.add({QStringLiteral("POST"), QString::fromLatin1(api::path::SignOut),
                Access::signedIn(), QString::fromLatin1(event::SignOut),
                [&ctx](Request &r) {
                    QSqlDatabase db = ctx.database.connection();
                    const qint64 id = r.who().sessionRef.mid(1).toLongLong();
                    if (endSession(db, id, QStringLiteral("sign_out"), ctx.clock.now())) {
                        ctx.audit.record(r.actor(), audit::LogKind::Authentication,
                                         QString::fromLatin1(event::SignOut),
                                         QStringLiteral("user:%1").arg(r.who().userId));
                    }
                    return Response::noContent();
                }, /*auditsItself=*/true, /*allowedWithTemporaryPassword=*/true});

    router.add({QStringLiteral("GET"), QString::fromLatin1(api::path::Me), Access::signedIn(),
                QString::fromLatin1(event::Me), [&ctx](Request &r) {
                    const User user = requireUser(ctx.database.connection(), r.who().userId);
                    return Response::json(QJsonObject{
                        {QStringLiteral("user"), signedInUser(user, r.who().rights)}});
                }, /*auditsItself=*/false, /*allowedWithTemporaryPassword=*/true});

    router.add({QStringLiteral("POST"), QString::fromLatin1(api::path::ChangePassword),
                Access::signedIn(), QString::fromLatin1(event::PasswordChange),
                [signIn](Request &r) {
                    const QJsonObject body = r.jsonObject();
                    signIn->changePassword(r.actor(), requiredString(body,
                                                             QStringLiteral("currentPassword")),
                                           requiredString(body, QStringLiteral("newPassword")));
                    return Response::noContent();
                }, /*auditsItself=*/true, /*allowedWithTemporaryPassword=*/true});
}

} // namespace kikan::auth
