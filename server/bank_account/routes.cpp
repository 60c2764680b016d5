// 口座管理 routes (docs/bank-account.md "API"): the 全銀 master looked up, a party's 口座振替
// registrations listed, registered (or changed) and ended. JSON in, AccountInput out. Rights area
// bank_account (view, update).
#include "accountregister.h"
#include "events.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/http/router.h"
#include "server/resident/personinput.h"
#include "shared/api/bank_account/errors.h"
#include "shared/api/bank_account/paths.h"

#include <QJsonArray>

#include <algorithm>

namespace kikan::bank_account {

namespace {
using resident::readDate;
using resident::readNumber;
using resident::readText;

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(core::isoDate(d)) : QJsonValue();
}

QJsonObject accountJson(const Account &a, const BankDirectory &banks)
{
    const AccountInput &f = a.fields;
    const auto bank = banks.bank(f.bankCode);
    const auto branch = banks.branch(f.bankCode, f.branchCode);
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("partyNo"), f.partyNo},
            {QStringLiteral("purpose"), f.purpose},
            {QStringLiteral("bankCode"), f.bankCode},
            {QStringLiteral("bankName"), bank ? bank->name : QString()},
            {QStringLiteral("branchCode"), f.branchCode},
            {QStringLiteral("branchName"), branch ? branch->name : QString()},
            {QStringLiteral("accountType"), f.accountType},
            {QStringLiteral("accountNo"), f.accountNo},
            {QStringLiteral("holderKana"), f.holderKana},
            {QStringLiteral("startsOn"), dateOrNull(f.startsOn)},
            {QStringLiteral("endsOn"), dateOrNull(f.endsOn)},
            {QStringLiteral("endReason"), a.endReason},
            {QStringLiteral("firstRequestedOn"), dateOrNull(a.firstRequestedOn)},
            {QStringLiteral("version"), a.version}};
}

QJsonObject bankJson(const Bank &b, bool withBranches)
{
    QJsonObject o{{QStringLiteral("code"), b.code},
                  {QStringLiteral("name"), b.name},
                  {QStringLiteral("kana"), b.kana},
                  {QStringLiteral("zenginKana"), zenginName(b.kana)}};
    if (withBranches) {
        QList<Branch> branches = b.branches.values();
        std::sort(branches.begin(), branches.end(), [](const Branch &x, const Branch &y) { return x.code < y.code; });
        QJsonArray list;
        for (const Branch &r : branches)
            list.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("name"), r.name},
                                    {QStringLiteral("kana"), r.kana},
                                    {QStringLiteral("zenginKana"), zenginName(r.kana)}});
        o.insert(QStringLiteral("branches"), list);
    }
    return o;
}

AccountInput readInput(const QJsonObject &body)
{
    AccountInput in;
    in.partyNo = readNumber(body, QStringLiteral("partyNo"), {}, true);
    in.bankCode = readText(body, QStringLiteral("bankCode"), {}, true, 4);
    in.branchCode = readText(body, QStringLiteral("branchCode"), {}, true, 3);
    in.accountType = int(readNumber(body, QStringLiteral("accountType"), {}, false));
    if (!body.contains(QStringLiteral("accountType")))
        in.accountType = 1;
    in.accountNo = readText(body, QStringLiteral("accountNo"), {}, true, 7);
    in.holderKana = readText(body, QStringLiteral("holderKana"), {}, true, 60);
    in.startsOn = readDate(body, QStringLiteral("startsOn"), {}, true);
    in.endsOn = readDate(body, QStringLiteral("endsOn"), {}, false);
    return in;
}

Replaces readReplaces(const QJsonObject &body)
{
    const QJsonObject o = body.value(QStringLiteral("replaces")).toObject();
    return {o.value(QStringLiteral("id")).toInteger(), o.value(QStringLiteral("version")).toInt()};
}
} // namespace

void registerRoutes(core::ServerContext &ctx, http::Router &router)
{
    const QString base = QString::fromLatin1(api::path::BankAccountRoot);
    const auto view = http::Access::right(QStringLiteral("bank_account"), QStringLiteral("view"));
    const auto update = http::Access::right(QStringLiteral("bank_account"), QStringLiteral("update"));
    const QString viewEvent = QString::fromLatin1(event::View);
    router.add({QStringLiteral("GET"), base + QStringLiteral("/banks"), view, viewEvent,
                [](http::Request &r) {
                    const BankDirectory &banks = BankDirectory::builtIn();
                    QJsonArray list;
                    for (const Bank &b : banks.searchBanks(r.query.queryItemValue(QStringLiteral("q"))))
                        list.append(bankJson(b, false));
                    return http::Response::json(QJsonObject{{QStringLiteral("masterVersion"), banks.version()},
                                                            {QStringLiteral("banks"), list}});
                }, true});
    router.add({QStringLiteral("GET"), base + QStringLiteral("/banks/{code}"), view, viewEvent,
                [](http::Request &r) {
                    const auto bank = BankDirectory::builtIn().bank(r.pathParams.value(QStringLiteral("code")));
                    if (!bank)
                        throw core::Failure(api::err::BankAccountBank);
                    return http::Response::json(bankJson(*bank, true));
                }, true});
    router.add({QStringLiteral("GET"), base + QStringLiteral("/parties/{partyNo}/accounts"), view, viewEvent,
                [&ctx](http::Request &r) {
                    QJsonArray list;
                    for (const Account &a : ctx.services.get<AccountRegister>().accountsOf(
                             r.idParam(QStringLiteral("partyNo")), r.actor()))
                        list.append(accountJson(a, BankDirectory::builtIn()));
                    return http::Response::json(QJsonObject{{QStringLiteral("accounts"), list}});
                }, true});
    router.add({QStringLiteral("POST"), base + QStringLiteral("/accounts"), update,
                QString::fromLatin1(event::Register), [&ctx](http::Request &r) {
                    const QJsonObject body = r.jsonObject();
                    const Account a = ctx.services.get<AccountRegister>().registerAccount(
                        readInput(body), readReplaces(body), r.actor());
                    return http::Response::json(accountJson(a, BankDirectory::builtIn()), 201);
                }, true});
    router.add({QStringLiteral("POST"), base + QStringLiteral("/accounts/{id}/end"), update,
                QString::fromLatin1(event::End), [&ctx](http::Request &r) {
                    const QJsonObject body = r.jsonObject();
                    const Account a = ctx.services.get<AccountRegister>().endAccount(
                        r.idParam(QStringLiteral("id")), resident::readVersion(body, QStringLiteral("version")),
                        readDate(body, QStringLiteral("endsOn"), {}, true),
                        readText(body, QStringLiteral("reason"), {}, false, 200), r.actor());
                    return http::Response::json(accountJson(a, BankDirectory::builtIn()));
                }, true});
}

} // namespace kikan::bank_account
