// The auth module joining the server (server/module/module.h): staff, groups, rights, sign-in and
// sessions; its routes require admin:administer; it provides the server's authenticator.
#include "authenticator.h"
#include "authevents.h"
#include "routes.h"
#include "server/module/module.h"

namespace kikan::auth {

namespace {
class AuthModule : public module::Module
{
public:
    QString name() const override { return QStringLiteral("auth"); }
    module::MigrationRange migrations() const override { return {1000, 1999}; }
    QStringList rightAreas() const override { return {QStringLiteral("admin")}; }
    QStringList auditEvents() const override
    {
        using namespace event;
        QStringList out;
        for (const char *e : {SignIn, SignOut, SessionExpired, AccountLocked, PasswordChange,
                              UserCreate, UserUpdate, UserDisable, UserEnable, UserUnlock,
                              UserResetPassword, UserSetPin, CardBind, CardRevoke, GroupCreate,
                              GroupUpdate, GroupDelete, SettingsUpdate, Options, Me, UserList,
                              UserRead, GroupList, RightsRead, SettingsRead})
            out << QString::fromLatin1(e);
        return out;
    }
    void registerRoutes(core::ServerContext &context, http::Router &router) override
    {
        auth::registerRoutes(context, router);
    }
    std::unique_ptr<http::Authenticator> authenticator(core::ServerContext &context) override
    {
        return makeAuthenticator(context);
    }
};
} // namespace

std::unique_ptr<module::Module> createModule()
{
    return std::make_unique<AuthModule>();
}

} // namespace kikan::auth
