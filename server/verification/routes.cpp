// Handlers of the verification routes (routes.h).
#include "routes.h"

#include "documents.h"
#include "events.h"
#include "ratelimit.h"
#include "server/audit/auditlog.h"
#include "server/core/context.h"
#include "server/core/failure.h"
#include "server/http/router.h"
#include "shared/api/verification/errors.h"
#include "shared/api/verification/paths.h"

#include <QJsonArray>

#include <memory>

namespace kikan::verification {

namespace {
// Checks per address per minute: a counter checking certificates by hand never comes near it.
constexpr int kChecksPerMinute = 30;

QJsonObject keyJson(const PublicKey &k)
{
    return {{QStringLiteral("keyId"), k.keyId},
            {QStringLiteral("publicKey"), QString::fromLatin1(k.publicPem)},
            {QStringLiteral("createdAt"), k.createdAt},
            {QStringLiteral("retiredAt"), k.retiredAt},
            {QStringLiteral("revoked"), !k.revokedAt.isEmpty()}};
}

QJsonObject checkJson(const DocumentCheck &c)
{
    QJsonObject o{{QStringLiteral("serial"), c.serial},
                  {QStringLiteral("valid"), c.valid},
                  {QStringLiteral("kind"), c.kind},
                  {QStringLiteral("issueDate"), c.issueDate.toString(Qt::ISODate)},
                  {QStringLiteral("revoked"), c.revoked}};
    if (!c.valid)
        o.insert(QStringLiteral("reason"), c.reason);
    return o;
}

http::Response check(core::ServerContext &ctx, const KeyStore &keys, RateLimit &limit,
                     http::Request &r)
{
    const core::Actor actor = r.actor();
    const QString serial = r.pathParams.value(QStringLiteral("serial")).left(40);
    const QString subject = QStringLiteral("document:") + serial;
    const QString event = QString::fromLatin1(event::Check);
    if (!limit.allow(actor.clientAddress, ctx.clock.now())) {
        ctx.audit.record(actor, audit::LogKind::Access, event, subject,
                         {{QStringLiteral("error"), QString::fromLatin1(api::err::VerificationRateLimited)}},
                         false);
        throw core::Failure(api::err::VerificationRateLimited);
    }
    std::optional<QString> code;
    if (r.query.hasQueryItem(QStringLiteral("code")))
        code = r.query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    try {
        const DocumentCheck c = checkDocument(ctx, keys, serial, code);
        ctx.audit.record(actor, audit::LogKind::Access, event, subject,
                         {{QStringLiteral("valid"), c.valid}, {QStringLiteral("withCode"), bool(code)},
                          {QStringLiteral("reason"), c.reason}});
        return http::Response::json(checkJson(c));
    } catch (const core::Failure &f) {
        ctx.audit.record(actor, audit::LogKind::Access, event, subject,
                         {{QStringLiteral("error"), f.code()}}, false);
        throw;
    }
}
} // namespace

void registerRoutes(core::ServerContext &ctx, http::Router &router, KeyStore &keys)
{
    auto limit = std::make_shared<RateLimit>(kChecksPerMinute, 60 * 1000);
    http::Route keysRoute{QStringLiteral("GET"), QString::fromLatin1(api::path::VerificationKeys),
                          http::Access::publicRoute(), QString::fromLatin1(event::Keys),
                          [&ctx, &keys](http::Request &r) {
        QJsonArray all;
        for (const PublicKey &k : keys.publicKeys())
            all.append(keyJson(k));
        ctx.audit.record(r.actor(), audit::LogKind::Access, QString::fromLatin1(event::Keys),
                         QStringLiteral("signing_keys"));
        return http::Response::json(QJsonObject{{QStringLiteral("keys"), all}});
    }};
    keysRoute.auditsItself = true;
    router.add(keysRoute);
    http::Route checkRoute{QStringLiteral("GET"),
                           QString::fromLatin1(api::path::VerificationDocuments)
                               + QStringLiteral("/{serial}"),
                           http::Access::publicRoute(), QString::fromLatin1(event::Check),
                           [&ctx, &keys, limit](http::Request &r) {
                               return check(ctx, keys, *limit, r);
                           }};
    checkRoute.auditsItself = true;
    router.add(checkRoute);
}

} // namespace kikan::verification
