// The auth module joining the server (server/module/module.h): staff, groups, rights, sign-in and
// sessions; its routes require admin:administer; it provides the server's authenticator.
#include "authevents.h"
#include "routes.h"
#include "server/module/declaredmodule.h"

namespace kikan::auth {

std::unique_ptr<module::Module> createModule()
{
    using namespace event;
    return module::declare({
        .name = QStringLiteral("auth"),
        .migrations = {1000, 1999},
        .rightAreas = {QStringLiteral("admin")},
        .auditEvents = module::names({SignIn, SignOut, SessionExpired, AccountLocked,
                                      PasswordChange, UserCreate, UserUpdate, UserDisable,
                                      UserEnable, UserUnlock, UserResetPassword, UserSetPin,
                                      CardBind, CardRevoke, GroupCreate, GroupUpdate, GroupDelete,
                                      SettingsUpdate, Options, Me, UserList, UserRead, GroupList,
                                      RightsRead, SettingsRead}),
        .routes = &registerRoutes,
        .authenticator = &makeAuthenticator,
    });
}

} // namespace kikan::auth
