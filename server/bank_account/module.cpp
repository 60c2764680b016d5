// The 口座管理 module (server/bank_account): the 全銀 bank master and the accounts parties register
// for 口座振替; it provides 収納管理 the DebitAccounts its request file reads (debitaccounts.h).
#include "accountregister.h"
#include "events.h"
#include "server/core/context.h"
#include "server/module/declaredmodule.h"
#include "shared/api/bank_account/errors.h"

namespace kikan::bank_account {

void registerRoutes(core::ServerContext &ctx, http::Router &router);

std::unique_ptr<module::Module> createModule()
{
    using namespace event;
    auto accounts = std::make_shared<std::unique_ptr<AccountRegister>>();
    return module::declare({
        .name = QStringLiteral("bank_account"),
        .migrations = {13000, 13999},
        .rightAreas = {QStringLiteral("bank_account")},
        .auditEvents = module::names({Register, End, View}),
        .errorCodes = api::bankAccountErrors(),
        .start = [accounts](core::ServerContext &context) {
            *accounts = std::make_unique<AccountRegister>(context, BankDirectory::builtIn());
            context.services.provide<AccountRegister>(accounts->get());
            context.services.provide<DebitAccounts>(accounts->get());
        },
        .routes = &registerRoutes,
    });
}

} // namespace kikan::bank_account
