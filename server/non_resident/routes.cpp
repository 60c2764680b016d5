// 住登外者・法人 routes (docs/light-vehicle-tax.md "宛名: 住登外者・法人"): JSON in, PartyInput out,
// records back as JSON. Rights area non_resident (view, update).
#include "events.h"
#include "nonresident.h"
#include "server/core/dates.h"
#include "server/http/router.h"
#include "server/resident/personinput.h"
#include "shared/api/non_resident/paths.h"

namespace kikan::non_resident {

namespace {
using resident::readDate;
using resident::readText;

PartyInput readInput(const QJsonObject &body)
{
    PartyInput in;
    in.kind = readText(body, QStringLiteral("kind"), {}, true, 20);
    in.familyName = readText(body, QStringLiteral("familyName"), {}, true, 100);
    in.givenName = readText(body, QStringLiteral("givenName"), {}, false, 100);
    in.familyNameKana = readText(body, QStringLiteral("familyNameKana"), {}, false, 200);
    in.givenNameKana = readText(body, QStringLiteral("givenNameKana"), {}, false, 200);
    in.birthDate = readDate(body, QStringLiteral("birthDate"), {}, false);
    in.sex = readText(body, QStringLiteral("sex"), {}, false, 1);
    in.corporateNumber = readText(body, QStringLiteral("corporateNumber"), {}, false, 20);
    in.postalCode = readText(body, QStringLiteral("postalCode"), {}, false, 8);
    in.address = readText(body, QStringLiteral("address"), {}, true, 200);
    in.note = readText(body, QStringLiteral("note"), {}, false, 400);
    in.closed = body.value(QStringLiteral("closed")).toBool();
    return in;
}

QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(core::isoDate(d)) : QJsonValue();
}

QJsonObject recordJson(const PartyRecord &r)
{
    const PartyInput &f = r.fields;
    return {{QStringLiteral("partyNo"), r.partyNo},
            {QStringLiteral("historyNo"), r.historyNo},
            {QStringLiteral("validFrom"), dateOrNull(r.validFrom)},
            {QStringLiteral("validTo"), dateOrNull(r.validTo)},
            {QStringLiteral("kind"), f.kind},
            {QStringLiteral("status"), f.closed ? QStringLiteral("closed") : QStringLiteral("active")},
            {QStringLiteral("familyName"), f.familyName},
            {QStringLiteral("givenName"), f.givenName},
            {QStringLiteral("familyNameKana"), f.familyNameKana},
            {QStringLiteral("givenNameKana"), f.givenNameKana},
            {QStringLiteral("birthDate"), dateOrNull(f.birthDate)},
            {QStringLiteral("sex"), f.sex},
            {QStringLiteral("corporateNumber"), f.corporateNumber},
            {QStringLiteral("postalCode"), f.postalCode},
            {QStringLiteral("address"), f.address},
            {QStringLiteral("note"), f.note}};
}

QJsonObject savedJson(const Saved &s)
{
    return {{QStringLiteral("partyNo"), s.partyNo}, {QStringLiteral("version"), s.version}};
}

QDate asOfParam(core::ServerContext &ctx, const http::Request &r)
{
    const QString text = r.query.queryItemValue(QStringLiteral("asOf"));
    if (text.isEmpty())
        return core::processingDate(ctx.clock);
    return readDate(QJsonObject{{QStringLiteral("asOf"), text}}, QStringLiteral("asOf"), {}, true);
}

// Effective date: the body's effectiveDate, else the 処理日.
QDate effectiveDateOf(core::ServerContext &ctx, const QJsonObject &body)
{
    const QDate d = readDate(body, QStringLiteral("effectiveDate"), {}, false);
    return d.isValid() ? d : core::processingDate(ctx.clock);
}
} // namespace

void registerRoutes(core::ServerContext &ctx, http::Router &router)
{
    const QString base = QString::fromLatin1(api::path::NonResidentParties);
    const QString area = QStringLiteral("non_resident");
    router.add({QStringLiteral("POST"), base, http::Access::right(area, QStringLiteral("update")),
                QString::fromLatin1(event::Register), [&ctx](http::Request &r) {
                    const QJsonObject body = r.jsonObject();
                    return http::Response::json(
                        savedJson(registerParty(ctx, r.actor(), readInput(body),
                                                effectiveDateOf(ctx, body))), 201);
                }, true});
    router.add({QStringLiteral("POST"), base + QStringLiteral("/{partyNo}/changes"),
                http::Access::right(area, QStringLiteral("update")),
                QString::fromLatin1(event::Change), [&ctx](http::Request &r) {
                    const QJsonObject body = r.jsonObject();
                    const int version = resident::readVersion(body, QStringLiteral("version"));
                    return http::Response::json(savedJson(changeParty(
                        ctx, r.actor(), r.idParam(QStringLiteral("partyNo")), version,
                        readInput(body), effectiveDateOf(ctx, body))));
                }, true});
    router.add({QStringLiteral("GET"), base + QStringLiteral("/{partyNo}"),
                http::Access::right(area, QStringLiteral("view")),
                QString::fromLatin1(event::View), [&ctx](http::Request &r) {
                    const PartyView v = viewParty(ctx, r.actor(), r.idParam(QStringLiteral("partyNo")),
                                                  asOfParam(ctx, r));
                    QJsonArray history;
                    for (const PartyRecord &h : v.history)
                        history.append(recordJson(h));
                    return http::Response::json(QJsonObject{
                        {QStringLiteral("party"), recordJson(v.current)},
                        {QStringLiteral("version"), v.version},
                        {QStringLiteral("history"), history}});
                }, true});
}

} // namespace kikan::non_resident
