// Search, 照会 and code-table routes of the 住民記録 module (routes.h): the only place here that
// sees HTTP. Each route reads the request into a typed value (searchquery.h, inquiry.h), calls
// the domain with the actor and turns the answer into the JSON of docs/resident.md "API".
#include "routes.h"

#include "certificateroutes.h"
#include "codetables.h"
#include "events.h"
#include "inquiry.h"
#include "recordjson.h"
#include "search.h"
#include "server/core/dates.h"
#include "shared/api/endpoints.h"
#include "shared/api/resident/paths.h"

#include <QJsonArray>

namespace kikan::resident {

namespace {
QJsonObject searchJson(const SearchResult &result)
{
    QJsonArray items;
    for (const SearchItem &i : result.items) {
        QJsonObject o = summaryJson(i.record, result.showMyNumber);
        o.insert(QStringLiteral("matchedBy"), matchedByName(i.by));
        o.insert(QStringLiteral("loose"), isLoose(i.by));
        items.append(o);
    }
    return {{QStringLiteral("query"),
             QJsonObject{{QStringLiteral("kind"), searchKindName(result.by)}}},
            {QStringLiteral("total"), result.total},
            {QStringLiteral("more"), result.more}, // total is a lower bound: narrow the search
            {QStringLiteral("limit"), result.limit},
            {QStringLiteral("offset"), result.offset},
            {QStringLiteral("items"), items}};
}

QJsonObject changeJson(const std::optional<ChangeEntry> &c, const QString &kindName)
{
    if (!c)
        return {};
    auto orNull = [](const auto &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    return {{QStringLiteral("changeId"), c->id},
            {QStringLiteral("kind"), c->kind},
            {QStringLiteral("kindName"), kindName},
            {QStringLiteral("reasonCode"), c->reasonCode},
            {QStringLiteral("effectiveDate"), c->effectiveDate},
            {QStringLiteral("notifiedDate"), orNull(c->notifiedDate)},
            {QStringLiteral("notificationNo"), orNull(c->notificationNo)},
            {QStringLiteral("cancelsChangeId"), orNull(c->cancelsChangeId)},
            {QStringLiteral("recordedAt"), c->recordedAt}};
}

QJsonObject householdJson(const HouseholdView &h, bool showMyNumber)
{
    QJsonArray members;
    for (const ResidentRecord &m : h.members)
        members.append(summaryJson(m, showMyNumber));
    return {{QStringLiteral("householdNo"), h.householdNo},
            {QStringLiteral("version"), h.version},
            {QStringLiteral("householderName"), h.householderName},
            {QStringLiteral("members"), members},
            {QStringLiteral("restrictedMembers"), h.restrictedMembers}};
}

QJsonObject flagsJson(const InquiryFlags &f)
{
    return {{QStringLiteral("resident"), f.resident},
            {QStringLiteral("removed"), f.removed},
            {QStringLiteral("status"), f.status},
            {QStringLiteral("foreign"), f.foreign},
            {QStringLiteral("protected"), f.protectedNow},
            {QStringLiteral("existedOnDate"), f.existedOnDate},
            {QStringLiteral("plannedMoveOut"), f.plannedMoveOut}};
}

QJsonObject personJson(const PersonInquiry &p)
{
    QJsonArray history;
    for (const HistoryEntry &h : p.history) {
        QJsonObject o = recordJson(h.record, p.showMyNumber);
        o.insert(QStringLiteral("change"), changeJson(h.change, h.changeKindName));
        o.insert(QStringLiteral("superseded"), !h.record.supersededAt.isEmpty());
        history.append(o);
    }
    return {{QStringLiteral("date"), core::isoDate(p.date)},
            {QStringLiteral("person"),
             p.person ? recordJson(*p.person, p.showMyNumber) : QJsonValue()},
            {QStringLiteral("latest"), recordJson(p.latest, p.showMyNumber)},
            {QStringLiteral("version"), p.version},
            {QStringLiteral("household"), householdJson(p.household, p.showMyNumber)},
            {QStringLiteral("history"), history},
            {QStringLiteral("flags"), flagsJson(p.flags)}};
}

http::Response searchRoute(core::ServerContext &ctx, const http::Request &r)
{
    const SearchQuery query = parseSearchQuery(r.query);
    return http::Response::json(searchJson(searchResidents(ctx, r.actor(), query)));
}

http::Response personRoute(core::ServerContext &ctx, const http::Request &r)
{
    InquiryRequest in;
    in.partyNo = r.idParam(QStringLiteral("partyNo"));
    in.date = parseInquiryDate(r.query);
    return http::Response::json(personJson(inquirePerson(ctx, r.actor(), in)));
}

http::Response householdRoute(core::ServerContext &ctx, const http::Request &r)
{
    InquiryRequest in;
    in.householdNo = r.idParam(QStringLiteral("householdNo"));
    in.date = parseInquiryDate(r.query);
    const HouseholdInquiry h = inquireHousehold(ctx, r.actor(), in);
    QJsonObject o = householdJson(h.household, h.showMyNumber);
    o.insert(QStringLiteral("date"), core::isoDate(h.date));
    return http::Response::json(o);
}
} // namespace

void registerRoutes(core::ServerContext &ctx, http::Router &router)
{
    const http::Access view = http::Access::right(QStringLiteral("resident"),
                                                  QStringLiteral("view"));
    router.add({QStringLiteral("GET"), QString::fromLatin1(api::path::ResidentSearch), view,
                QString::fromLatin1(event::Search),
                [&ctx](http::Request &r) { return searchRoute(ctx, r); }, true});
    router.add({QStringLiteral("GET"),
                QString::fromLatin1(api::path::ResidentPersons) + QStringLiteral("/{partyNo}"),
                view, QString::fromLatin1(event::View),
                [&ctx](http::Request &r) { return personRoute(ctx, r); }, true});
    router.add({QStringLiteral("GET"),
                QString::fromLatin1(api::path::ResidentHouseholds)
                    + QStringLiteral("/{householdNo}"),
                view, QString::fromLatin1(event::HouseholdView),
                [&ctx](http::Request &r) { return householdRoute(ctx, r); }, true});
    router.add({QStringLiteral("GET"), QString::fromLatin1(api::path::ResidentCodes), view,
                QString::fromLatin1(event::Codes), [&ctx](http::Request &) {
        const CodeTables &t = CodeTables::instance();
        return http::Response::json(QJsonObject{
            {QStringLiteral("codes"), t.on(core::processingDate(ctx.clock)).json},
            {QStringLiteral("townAreas"), t.townAreasJson()}});
    }});
    registerChangeRoutes(ctx, router);
    registerProtectionRoutes(ctx, router);
    registerCertificateRoutes(ctx, router);
}

} // namespace kikan::resident
