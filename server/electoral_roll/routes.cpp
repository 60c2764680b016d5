// 選挙人名簿 routes: the only file of the area that sees http::. Bodies are read by rolljson.h, the
// work is ElectoralRoll's (roll.h). Rights: electoral_roll:view to read and to record a 閲覧,
// :update for the 登録 and removal runs, :print for the 抄本, :administer for the 投票区 table and
// the 閲覧 log.
#include "routes.h"

#include "events.h"
#include "rollextract.h"
#include "rolljson.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "shared/api/electoral_roll/errors.h"
#include "shared/api/electoral_roll/paths.h"

#include <QJsonArray>

namespace kikan::electoral_roll {

using namespace Qt::Literals::StringLiterals;

namespace {
http::Access right(const char *action)
{
    return http::Access::right(u"electoral_roll"_s, QString::fromLatin1(action));
}

QString ev(const char *e) { return QString::fromLatin1(e); }

http::Response electors(ElectoralRoll &roll, http::Request &r)
{
    const QString kana = r.query.queryItemValue(u"kana"_s).trimmed();
    bool ok = false;
    const qint64 partyNo = r.query.queryItemValue(u"partyNo"_s).toLongLong(&ok);
    if (kana.isEmpty() && (!ok || partyNo <= 0))
        throw core::Failure::invalidField(u"partyNo"_s, u"宛名番号かフリガナを指定してください。"_s);
    QJsonArray items;
    for (const ElectorView &v : kana.isEmpty() ? roll.electorsOf(partyNo) : roll.searchByKana(kana))
        items.append(electorJson(v));
    return http::Response::json(QJsonObject{{u"electors"_s, items}});
}

http::Response extract(core::ServerContext &ctx, ElectoralRoll &roll, http::Request &r)
{
    const int no = int(r.idParam(u"no"_s));
    const QString asOfText = r.query.queryItemValue(u"asOf"_s);
    const QDate asOf = asOfText.isEmpty() ? core::processingDate(ctx.clock)
                                          : dateFromJson({{u"asOf"_s, asOfText}}, u"asOf"_s, true);
    const QList<Registration> rows = roll.extract(no, asOf);
    District district;
    for (const District &d : roll.districts())
        if (d.no == no)
            district = d;
    const bool csv = r.query.queryItemValue(u"format"_s) == "csv"_L1;
    ctx.audit.record(r.actor(), audit::LogKind::Print, ev(event::ExtractPrint),
                     u"polling_district:%1"_s.arg(no),
                     {{u"format"_s, csv ? u"csv"_s : u"pdf"_s}, {u"asOf"_s, core::isoDate(asOf)},
                      {u"electors"_s, int(rows.size())}});
    const QString file = u"extract-%1-%2"_s.arg(no).arg(core::isoDate(asOf));
    return csv ? http::Response::csv(extractCsv(district, asOf, rows), file + u".csv"_s)
               : http::Response::pdf(extractPdf(district, asOf, rows), file + u".pdf"_s);
}

http::Response inspect(ElectoralRoll &roll, http::Request &r)
{
    QList<qint64> partyNos;
    const Inspection in = inspectionFromJson(r.jsonObject(), partyNos);
    QJsonArray shown;
    for (const Registration &reg : roll.inspect(r.actor(), in, partyNos))
        shown.append(registrationJson(reg));
    return http::Response::json(QJsonObject{{u"shown"_s, shown}}, 201);
}

void addDistrictRoutes(http::Router &router, std::shared_ptr<ElectoralRoll> roll)
{
    const QString base = QString::fromLatin1(api::electoral::Districts);
    router.add({u"GET"_s, base, right("view"), ev(event::View), [roll](http::Request &) {
                    QJsonArray items;
                    for (const District &d : roll->districts())
                        items.append(districtJson(d));
                    return http::Response::json(QJsonObject{{u"districts"_s, items}});
                }});
    router.add({u"POST"_s, base, right("administer"), ev(event::DistrictUpdate),
                [roll](http::Request &r) {
                    return http::Response::json(
                        districtJson(roll->saveDistrict(r.actor(), districtFromJson(r.jsonObject(), 0),
                                                        true)), 201);
                }, true});
    router.add({u"PUT"_s, base + u"/{no}"_s, right("administer"), ev(event::DistrictUpdate),
                [roll](http::Request &r) {
                    const District d = districtFromJson(r.jsonObject(), int(r.idParam(u"no"_s)));
                    return http::Response::json(districtJson(roll->saveDistrict(r.actor(), d, false)));
                }, true});
}
} // namespace

void registerRoutes(core::ServerContext &ctx, http::Router &router,
                    std::shared_ptr<ElectoralRoll> roll)
{
    router.add({u"POST"_s, QString::fromLatin1(api::electoral::RegistrationRuns), right("update"),
                ev(event::RegistrationRun), [roll](http::Request &r) {
                    const RunResult result = roll->registrationRun(r.actor(),
                                                                   runRequestFromJson(r.jsonObject()));
                    return http::Response::json(runJson(result), result.dryRun ? 200 : 201);
                }, true});
    router.add({u"POST"_s, QString::fromLatin1(api::electoral::RemovalRuns), right("update"),
                ev(event::RemovalRun), [roll, &ctx](http::Request &r) {
                    const QJsonObject body = r.jsonObject();
                    QDate asOf = dateFromJson(body, u"asOf"_s, false);
                    if (!asOf.isValid())
                        asOf = core::processingDate(ctx.clock);
                    const RunResult result = roll->removalRun(r.actor(), asOf, dryRunFromJson(body));
                    return http::Response::json(runJson(result), result.dryRun ? 200 : 201);
                }, true});
    const QString electorsPath = QString::fromLatin1(api::electoral::Electors);
    router.add({u"GET"_s, electorsPath, right("view"), ev(event::Search),
                [roll](http::Request &r) { return electors(*roll, r); }});
    router.add({u"GET"_s, electorsPath + u"/{partyNo}"_s, right("view"), ev(event::View),
                [roll](http::Request &r) {
                    const QList<ElectorView> views = roll->electorsOf(r.idParam(u"partyNo"_s));
                    if (views.isEmpty())
                        throw core::Failure(api::err::ElectoralNotFound);
                    QJsonArray items;
                    for (const ElectorView &v : views)
                        items.append(electorJson(v));
                    return http::Response::json(QJsonObject{{u"registrations"_s, items}});
                }});
    addDistrictRoutes(router, roll);
    router.add({u"GET"_s, QString::fromLatin1(api::electoral::Extracts) + u"/{no}"_s,
                right("print"), ev(event::ExtractPrint),
                [roll, &ctx](http::Request &r) { return extract(ctx, *roll, r); }, true});
    const QString inspections = QString::fromLatin1(api::electoral::Inspections);
    router.add({u"POST"_s, inspections, right("view"), ev(event::Inspection),
                [roll](http::Request &r) { return inspect(*roll, r); }, true});
    router.add({u"GET"_s, inspections, right("administer"), ev(event::View),
                [roll](http::Request &) {
                    QJsonArray items;
                    for (const Inspection &i : roll->inspections())
                        items.append(inspectionJson(i));
                    return http::Response::json(QJsonObject{{u"inspections"_s, items}});
                }});
}

} // namespace kikan::electoral_roll
