// 軽自動車税 種別割 routes (docs/light-vehicle-tax.md "API"): the vehicle register (登録・転入, 異動,
// 照会 as of a date, search) and a vehicle's 種別割 for a 年度. Rights area light_vehicle_tax.
#include "events.h"
#include "vehiclejson.h"
#include "server/core/dates.h"
#include "server/http/router.h"
#include "server/resident/personinput.h"
#include "shared/api/light_vehicle_tax/paths.h"

#include <QJsonArray>

namespace kikan::light_vehicle_tax {

namespace {
QDate asOfParam(core::ServerContext &ctx, const http::Request &r)
{
    const QString text = r.query.queryItemValue(QStringLiteral("asOf"));
    if (text.isEmpty())
        return core::processingDate(ctx.clock);
    return resident::readDate(QJsonObject{{QStringLiteral("asOf"), text}}, QStringLiteral("asOf"),
                              {}, true);
}

http::Response registerOne(core::ServerContext &ctx, http::Request &r)
{
    const QJsonObject body = r.jsonObject();
    QString kind = resident::readText(body, QStringLiteral("changeKind"), {}, false, 20);
    if (kind.isEmpty())
        kind = QString::fromLatin1(change::Register);
    return http::Response::json(savedJson(registerVehicle(ctx, r.actor(), kind,
                                                          readVehicleInput(body),
                                                          readEffectiveDate(body))), 201);
}

http::Response changeOne(core::ServerContext &ctx, http::Request &r, const QString &kind)
{
    const QJsonObject body = r.jsonObject();
    const int version = resident::readVersion(body, QStringLiteral("version"));
    return http::Response::json(savedJson(changeVehicle(
        ctx, r.actor(), r.idParam(QStringLiteral("vehicleId")), version, kind,
        readVehicleInput(body), readEffectiveDate(body))));
}

http::Response viewOne(core::ServerContext &ctx, http::Request &r)
{
    const VehicleView v = viewVehicle(ctx, r.actor(), r.idParam(QStringLiteral("vehicleId")),
                                      asOfParam(ctx, r));
    QJsonArray history;
    for (const VehicleRecord &h : v.history)
        history.append(recordJson(h));
    return http::Response::json(QJsonObject{{QStringLiteral("vehicle"), recordJson(v.state)},
                                            {QStringLiteral("version"), v.version},
                                            {QStringLiteral("history"), history}});
}

http::Response search(core::ServerContext &ctx, http::Request &r)
{
    const QString plate = r.query.queryItemValue(QStringLiteral("plateNo"));
    const qint64 owner = r.query.queryItemValue(QStringLiteral("ownerPartyNo")).toLongLong();
    QJsonArray items;
    for (const VehicleRecord &v : searchVehicles(ctx, r.actor(), plate, owner))
        items.append(recordJson(v));
    return http::Response::json(QJsonObject{{QStringLiteral("vehicles"), items}});
}

http::Response yearTax(core::ServerContext &ctx, http::Request &r)
{
    return http::Response::json(yearTaxJson(yearTaxOf(ctx, r.actor(),
                                                      r.idParam(QStringLiteral("vehicleId")),
                                                      int(r.idParam(QStringLiteral("fiscalYear"))))));
}
} // namespace

void registerRoutes(core::ServerContext &ctx, http::Router &router)
{
    const QString base = QString::fromLatin1(api::path::LightVehicles);
    const QString area = QStringLiteral("light_vehicle_tax");
    const auto view = http::Access::right(area, QStringLiteral("view"));
    const auto update = http::Access::right(area, QStringLiteral("update"));
    auto bind = [&ctx](http::Response (*f)(core::ServerContext &, http::Request &)) {
        return [&ctx, f](http::Request &r) { return f(ctx, r); };
    };
    router.add({QStringLiteral("POST"), base, update, event::changeEvent(QStringLiteral("register")),
                bind(&registerOne), true});
    // POST …/{vehicleId}/changes/transfer-owner | move-storage | deregister
    for (const char *kind : {change::TransferOwner, change::MoveStorage, change::Deregister}) {
        const QString code = QString::fromLatin1(kind);
        QString segment = code;
        segment.replace(QLatin1Char('_'), QLatin1Char('-'));
        router.add({QStringLiteral("POST"), base + QStringLiteral("/{vehicleId}/changes/") + segment,
                    update, event::changeEvent(code),
                    [&ctx, code](http::Request &r) { return changeOne(ctx, r, code); }, true});
    }
    router.add({QStringLiteral("GET"), base, view, QString::fromLatin1(event::Search), bind(&search), true});
    router.add({QStringLiteral("GET"), base + QStringLiteral("/{vehicleId}"), view,
                QString::fromLatin1(event::View), bind(&viewOne), true});
    router.add({QStringLiteral("GET"), base + QStringLiteral("/{vehicleId}/tax/{fiscalYear}"), view,
                QString::fromLatin1(event::TaxView), bind(&yearTax), true});
}

} // namespace kikan::light_vehicle_tax
