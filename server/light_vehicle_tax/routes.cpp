// 軽自動車税 種別割 routes (docs/light-vehicle-tax.md "API"): the vehicle register (登録・転入, 異動,
// 照会 as of a date with its 課税 lines, search), a vehicle's 種別割 for a 年度, 当初課税 of a 年度
// (administer) with the 課税台帳 totals, 減免 decisions. Rights area light_vehicle_tax.
#include "events.h"
#include "assessmentjob.h"
#include "assessmentjson.h"
#include "mopedcounter.h"
#include "notice.h"
#include "taxcertificate.h"
#include "vehicleimport.h"
#include "vehiclejson.h"
#include "server/core/dates.h"
#include "server/http/mediatype.h"
#include "server/http/router.h"
#include "server/jobs/jobqueue.h"
#include "server/party/partydirectory.h"
#include "server/resident/personinput.h"
#include "shared/api/light_vehicle_tax/errors.h"
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

// Adds `<field>Name` (氏名・名称 from the party directory on `on`) beside each `<field>PartyNo`
// of `fields` present in `o`: staff read the owner's name, not only the number.
QJsonObject withNames(core::ServerContext &ctx, QJsonObject o, QDate on,
                      std::initializer_list<const char *> fields)
{
    const auto &directory = ctx.services.get<party::PartyDirectory>();
    for (const char *field : fields) {
        const qint64 no = o.value(QLatin1String(field) + QLatin1String("PartyNo")).toInteger();
        const auto party = no ? directory.find(no, on) : std::nullopt;
        if (party)
            o.insert(QLatin1String(field) + QLatin1String("Name"), party->fullName());
    }
    return o;
}

QJsonArray withNames(core::ServerContext &ctx, const QJsonArray &items, QDate on,
                     std::initializer_list<const char *> fields)
{
    QJsonArray out;
    for (const QJsonValue &v : items)
        out.append(withNames(ctx, v.toObject(), on, fields));
    return out;
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
    const QDate asOf = asOfParam(ctx, r);
    const VehicleView v = viewVehicle(ctx, r.actor(), r.idParam(QStringLiteral("vehicleId")), asOf);
    QJsonArray history;
    for (const VehicleRecord &h : v.history)
        history.append(recordJson(h));
    const QJsonArray levies = leviesJson(leviesOfVehicle(ctx, v.state.vehicleId));
    return http::Response::json(QJsonObject{
        {QStringLiteral("vehicle"), withNames(ctx, recordJson(v.state), asOf, {"owner", "user"})},
        {QStringLiteral("version"), v.version},
        {QStringLiteral("history"), withNames(ctx, history, asOf, {"owner", "user"})},
        {QStringLiteral("levies"), withNames(ctx, levies, asOf, {"taxpayer"})},
        {QStringLiteral("reductions"), reductionsJson(reductionsOfVehicle(ctx, v.state.vehicleId))}});
}

http::Response search(core::ServerContext &ctx, http::Request &r)
{
    const QString plate = r.query.queryItemValue(QStringLiteral("plateNo"), QUrl::FullyDecoded);
    const qint64 owner = r.query.queryItemValue(QStringLiteral("ownerPartyNo")).toLongLong();
    const QString ownerName = r.query.queryItemValue(QStringLiteral("ownerName"), QUrl::FullyDecoded);
    const QDate today = core::processingDate(ctx.clock);
    QJsonArray items;
    for (const VehicleRecord &v : searchVehicles(ctx, r.actor(), plate, owner, ownerName))
        items.append(withNames(ctx, recordJson(v), today, {"owner"}));
    return http::Response::json(QJsonObject{{QStringLiteral("vehicles"), items}});
}

http::Response yearTax(core::ServerContext &ctx, http::Request &r)
{
    return http::Response::json(yearTaxJson(yearTaxOf(ctx, r.actor(),
                                                      r.idParam(QStringLiteral("vehicleId")),
                                                      int(r.idParam(QStringLiteral("fiscalYear"))))));
}
int yearParam(const http::Request &r)
{
    return int(r.idParam(QStringLiteral("fiscalYear")));
}

// 当初課税 runs as a job (assessmentjob.h): 202 with its id, polled at GET /api/v1/jobs/{id}.
http::Response runYear(core::ServerContext &ctx, http::Request &r)
{
    const int fiscalYear = yearParam(r);
    RateBook::builtIn().dueDates(fiscalYear); // no rate table: refused now, not in the job
    const qint64 id = ctx.services.get<jobs::JobQueue>().submit(
        QString::fromLatin1(AssessmentJobKind), {{QStringLiteral("fiscalYear"), fiscalYear}}, r.actor());
    return http::Response::json({{QStringLiteral("jobId"), id}, {QStringLiteral("fiscalYear"), fiscalYear}},
                                202);
}

http::Response yearTotals(core::ServerContext &ctx, http::Request &r)
{
    return http::Response::json(summaryJson(assessmentTotals(ctx, r.actor(), yearParam(r))));
}

http::Response notices(core::ServerContext &ctx, http::Request &r)
{
    const int year = yearParam(r);
    const qint64 party = r.query.queryItemValue(QStringLiteral("partyNo")).toLongLong();
    return http::Response::pdf(noticesPdf(ctx, r.actor(), year, party),
                               QStringLiteral("light-vehicle-notices-%1.pdf").arg(year));
}

// POST …/imports?layout=<name>&dryRun=true|false, the file as the body.
http::Response importFile(core::ServerContext &ctx, http::Request &r)
{
    const bool dryRun = r.query.queryItemValue(QStringLiteral("dryRun")) != QLatin1String("false");
    const ImportResult result = importVehicles(ctx, r.actor(), r.query.queryItemValue(QStringLiteral("layout")),
                                               r.body, dryRun);
    QJsonArray lines, errors;
    for (const ImportedLine &l : result.lines)
        lines.append(QJsonObject{{QStringLiteral("line"), l.line}, {QStringLiteral("kind"), l.kind},
                                 {QStringLiteral("plateNo"), l.plateNo},
                                 {QStringLiteral("vehicleId"), result.applied ? QJsonValue(l.vehicleId) : QJsonValue()}});
    for (const ImportError &e : result.errors)
        errors.append(QJsonObject{{QStringLiteral("line"), e.line}, {QStringLiteral("field"), e.field},
                                  {QStringLiteral("message"), e.message}});
    if (!errors.isEmpty())
        throw core::Failure(api::err::LightVehicleImportInvalid,
                            QStringLiteral("%1 件の誤りがあります。何も取り込んでいません。").arg(errors.size()),
                            {{QStringLiteral("errors"), errors}});
    return http::Response::json(QJsonObject{{QStringLiteral("layout"), result.layout},
                                            {QStringLiteral("dryRun"), result.dryRun},
                                            {QStringLiteral("applied"), result.applied},
                                            {QStringLiteral("lines"), lines}});
}

http::Response taxCertificate(core::ServerContext &ctx, http::Request &r)
{
    const IssuedCertificate issued = issueTaxCertificate(ctx, r.actor(), r.idParam(QStringLiteral("vehicleId")));
    // The PDF, or the page it draws for a client that draws it itself (Accept or format=pages).
    http::Response response = http::asksFor(r, forms::PagesMediaType, QStringLiteral("pages"))
        ? http::jsonAs(forms::PagesMediaType, forms::pageSetToJson(issued.pages))
        : http::Response::pdf(issued.pdf,
                              QStringLiteral("light-vehicle-tax-certificate-%1.pdf").arg(issued.serial));
    response.headers.append({"X-Certificate-Serial", QByteArray::number(issued.serial)});
    return response;
}

// POST …/reductions/{reductionId}/withdraw: {withdrawnOn, reason} → the withdrawal and, when the
// 年度 was assessed, the re-run's counts and totals.
http::Response withdrawal(core::ServerContext &ctx, http::Request &r)
{
    const QJsonObject body = r.jsonObject();
    const ReductionWithdrawal w = withdrawReduction(
        ctx, r.actor(), r.idParam(QStringLiteral("reductionId")),
        resident::readDate(body, QStringLiteral("withdrawnOn"), {}, true),
        resident::readText(body, QStringLiteral("reason"), {}, true, 400));
    return http::Response::json(QJsonObject{{QStringLiteral("reductionId"), w.reductionId},
                                            {QStringLiteral("vehicleId"), w.vehicleId},
                                            {QStringLiteral("fiscalYear"), w.fiscalYear},
                                            {QStringLiteral("reassessed"), w.summary.runId != 0},
                                            {QStringLiteral("assessment"), summaryJson(w.summary)}});
}

// The document as PDF, or the page it draws for a client that draws it itself (format=pages).
http::Response counterPdf(const http::Request &r, const CounterDocument &d)
{
    http::Response response = http::asksFor(r, forms::PagesMediaType, QStringLiteral("pages"))
        ? http::jsonAs(forms::PagesMediaType, forms::pageSetToJson(d.pages))
        : http::Response::pdf(d.pdf, QStringLiteral("light-vehicle-counter-%1.pdf").arg(d.serial));
    response.headers.append({"X-Certificate-Serial", QByteArray::number(d.serial)});
    response.headers.append({"X-Vehicle-Id", QByteArray::number(d.vehicleId)});
    response.headers.append({"X-Vehicle-Version", QByteArray::number(d.version)});
    response.headers.append({"X-Plate-No", QUrl::toPercentEncoding(d.plateNo)});
    return response;
}

// POST …/mopeds: 登録 with a plate from the town's range → the 標識交付証明書.
http::Response registerMopedRoute(core::ServerContext &ctx, http::Request &r)
{
    const QJsonObject body = r.jsonObject();
    return counterPdf(r, registerMoped(ctx, r.actor(), readVehicleInput(body), readEffectiveDate(body)));
}

// POST …/vehicles/{id}/moped/deregister | reissue-plate: {version, effectiveDate, reason}.
http::Response mopedChange(core::ServerContext &ctx, http::Request &r, bool deregister)
{
    const QJsonObject body = r.jsonObject();
    const int version = resident::readVersion(body, QStringLiteral("version"));
    const QString reason = resident::readText(body, QStringLiteral("reason"), {}, true, 200);
    const qint64 id = r.idParam(QStringLiteral("vehicleId"));
    const QDate date = readEffectiveDate(body);
    return counterPdf(r, deregister ? deregisterMoped(ctx, r.actor(), id, version, reason, date)
                                 : reissuePlate(ctx, r.actor(), id, version, reason, date));
}

http::Response reductionReasons(core::ServerContext &, http::Request &)
{
    return http::Response::json(QJsonObject{{QStringLiteral("reasons"), reductionReasonsJson()}});
}

http::Response reduction(core::ServerContext &ctx, http::Request &r)
{
    const qint64 id = recordReduction(ctx, r.actor(), readReduction(r.jsonObject()));
    return http::Response::json(QJsonObject{{QStringLiteral("reductionId"), id}}, 201);
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
    router.add({QStringLiteral("POST"), base + QStringLiteral("/{vehicleId}/tax-certificate"),
                http::Access::right(area, QStringLiteral("issue")),
                QString::fromLatin1(event::CertificateIssue), bind(&taxCertificate), true});
    const QString assessments = QString::fromLatin1(api::path::LightVehicleAssessments);
    router.add({QStringLiteral("POST"), assessments + QStringLiteral("/{fiscalYear}/run"),
                http::Access::right(area, QStringLiteral("administer")),
                QString::fromLatin1(event::Assess), bind(&runYear), true});
    router.add({QStringLiteral("GET"), assessments + QStringLiteral("/{fiscalYear}"), view,
                QString::fromLatin1(event::Totals), bind(&yearTotals), true});
    router.add({QStringLiteral("GET"), assessments + QStringLiteral("/{fiscalYear}/notices"),
                http::Access::right(area, QStringLiteral("print")),
                QString::fromLatin1(event::NoticePrint), bind(&notices), true});
    http::Route imports{QStringLiteral("POST"), QString::fromLatin1(api::path::LightVehicleImports),
                        http::Access::right(area, QStringLiteral("administer")),
                        QString::fromLatin1(event::Import), bind(&importFile), true};
    imports.maxBodyBytes = 64 * 1024 * 1024;
    router.add(imports);
    router.add({QStringLiteral("POST"), QString::fromLatin1(api::path::LightVehicleMopeds), update,
                QString::fromLatin1(event::PlateIssue), bind(&registerMopedRoute), true});
    for (const bool deregister : {true, false}) {
        router.add({QStringLiteral("POST"),
                    base + (deregister ? QStringLiteral("/{vehicleId}/moped/deregister")
                                       : QStringLiteral("/{vehicleId}/moped/reissue-plate")),
                    update,
                    QString::fromLatin1(deregister ? event::DeregistrationReceipt : event::PlateIssue),
                    [&ctx, deregister](http::Request &r) { return mopedChange(ctx, r, deregister); },
                    true});
    }
    router.add({QStringLiteral("POST"),
                QString::fromLatin1(api::path::LightVehicleReductions) + QStringLiteral("/{reductionId}/withdraw"),
                update, QString::fromLatin1(event::ReductionWithdraw), bind(&withdrawal), true});
    router.add({QStringLiteral("GET"), QString::fromLatin1(api::path::LightVehicleReductions) + QStringLiteral("/reasons"),
                view, QString::fromLatin1(event::ReductionReasons), bind(&reductionReasons)});
    router.add({QStringLiteral("POST"), QString::fromLatin1(api::path::LightVehicleReductions),
                update, QString::fromLatin1(event::Reduction), bind(&reduction), true});
}

} // namespace kikan::light_vehicle_tax
