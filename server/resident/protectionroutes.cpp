// 支援措置 routes (routes.h registerProtectionRoutes; docs/resident.md): the JSON body read into a
// ProtectionInput, the measures (protection.h) turned back into JSON. All resident:administer.
#include "routes.h"

#include "events.h"
#include "personinput.h"
#include "protection.h"
#include "server/core/dates.h"
#include "shared/api/resident/paths.h"

#include <QJsonArray>

namespace kikan::resident {

namespace {

// Reads the body field by field; `in` holds what was read when a field is refused (the refusal is
// logged with the party number). The period is checked where the API always checked it: before
// the reason is read.
void readProtectionInput(const QJsonObject &body, ProtectionInput &in)
{
    in.partyNo = readNumber(body, QStringLiteral("partyNo"), {}, true);
    in.startsOn = readDate(body, QStringLiteral("startsOn"), {}, true);
    in.endsOn = readDate(body, QStringLiteral("endsOn"), {}, false);
    if (auto refusal = periodRefusal(in.startsOn, in.endsOn))
        throw *refusal;
    in.reason = readText(body, QStringLiteral("reason"), {}, true, 20);
    if (auto refusal = reasonRefusal(
            in.reason, CodeTables::instance().on(in.startsOn).protectionReasons))
        throw *refusal;
    in.note = readText(body, QStringLiteral("note"), {}, false, 400);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject measureJson(const ProtectionMeasure &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("partyNo"), m.partyNo},
            {QStringLiteral("startsOn"), core::isoDate(m.startsOn)},
            {QStringLiteral("endsOn"), textOrNull(core::isoDate(m.endsOn))},
            {QStringLiteral("reason"), m.reason},
            {QStringLiteral("note"), textOrNull(m.note)},
            {QStringLiteral("recordedAt"), m.recordedAt},
            {QStringLiteral("liftedAt"), textOrNull(m.liftedAt)}};
}

http::Response registerMeasure(core::ServerContext &ctx, http::Request &r)
{
    const core::Actor actor = r.actor();
    ProtectionInput in;
    try {
        readProtectionInput(r.jsonObject(), in);
    } catch (const core::Failure &e) {
        recordProtectionRefusal(ctx, actor, in.partyNo, e);
        throw;
    }
    return http::Response::json(measureJson(registerProtection(ctx, actor, in)), 201);
}

http::Response liftMeasure(core::ServerContext &ctx, http::Request &r)
{
    const qint64 id = r.idParam(QStringLiteral("id"));
    liftProtection(ctx, r.actor(), id);
    return http::Response::json(QJsonObject{{QStringLiteral("id"), id},
                                            {QStringLiteral("lifted"), true}});
}

http::Response listMeasures(core::ServerContext &ctx, http::Request &r)
{
    const PersonProtection p = protectionOf(ctx, r.actor(), r.idParam(QStringLiteral("partyNo")));
    QJsonArray items;
    for (const ProtectionMeasure &m : p.measures)
        items.append(measureJson(m));
    return http::Response::json(QJsonObject{{QStringLiteral("measures"), items},
                                            {QStringLiteral("protected"), p.protectedNow}});
}

} // namespace

void registerProtectionRoutes(core::ServerContext &ctx, http::Router &router)
{
    const QString base = QString::fromLatin1(api::path::ResidentProtection);
    const http::Access admin = http::Access::right(QStringLiteral("resident"),
                                                   QStringLiteral("administer"));
    router.add({QStringLiteral("POST"), base, admin,
                QString::fromLatin1(event::ProtectionRegister),
                [&ctx](http::Request &r) { return registerMeasure(ctx, r); }, true});
    router.add({QStringLiteral("POST"), base + QStringLiteral("/{id}/lift"), admin,
                QString::fromLatin1(event::ProtectionLift),
                [&ctx](http::Request &r) { return liftMeasure(ctx, r); }, true});
    router.add({QStringLiteral("GET"),
                QString::fromLatin1(api::path::ResidentPersons)
                    + QStringLiteral("/{partyNo}/protection"),
                admin, QString::fromLatin1(event::ProtectionList),
                [&ctx](http::Request &r) { return listMeasures(ctx, r); }});
}

} // namespace kikan::resident
