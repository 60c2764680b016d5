// POST /api/v1/resident/changes/<kind> (resident:update): one route per 異動 kind, so that each
// has its own operation event "resident.<kind>" (changekinds.h; docs/resident.md "異動"). The
// route reads the JSON into the kind's typed request (changerequestjson.h), runs the kind as the
// signed-in actor and answers with the outcome; a request refused while being read is logged as
// a refused change too.
#include "routes.h"

#include "changekinds.h"
#include "changerequestjson.h"
#include "changerules.h"
#include "server/core/dates.h"
#include "shared/api/endpoints.h"
#include "shared/api/resident/paths.h"

namespace kikan::resident {

namespace {
using Handler = std::function<ChangeOutcome(core::ServerContext &, const core::Actor &,
                                            const http::Request &, const QString &)>;

struct KindRoute {
    const char *kind;   // change kind code (codes.json) and event suffix
    const char *path;   // under /resident/changes/
    Handler run;
};

// The body, with the 異動日 of 取消 and 訂正 (the 処理日) when the request has none.
QJsonObject changeBody(core::ServerContext &ctx, const http::Request &r, const QString &kind)
{
    QJsonObject body = r.jsonObject();
    const std::optional<QDate> day =
        defaultEffectiveDate(kind, core::processingDate(ctx.clock));
    if (day && !body.contains(QStringLiteral("effectiveDate")))
        body.insert(QStringLiteral("effectiveDate"), core::isoDate(*day));
    return body;
}

// Reads the body into the kind's request (a refusal is logged as a refused change, as
// runChange logs those of the kind itself), then runs the kind with it.
template <class Request>
Handler handler(Request (*parse)(const QJsonObject &, const QString &),
                ChangeOutcome (*run)(core::ServerContext &, const core::Actor &, const Request &))
{
    return [parse, run](core::ServerContext &ctx, const core::Actor &actor,
                        const http::Request &r, const QString &kind) {
        Request request;
        try {
            request = parse(changeBody(ctx, r, kind), kind);
        } catch (const core::Failure &error) {
            logRefusedChange(ctx, actor, kind, error);
            throw;
        }
        return run(ctx, actor, request);
    };
}

const QList<KindRoute> &kindRoutes()
{
    static const QList<KindRoute> routes{
        {"move_in", "move-in", handler(parseMoveIn, moveIn)},
        {"move_in_abroad", "move-in-abroad", handler(parseMoveIn, moveIn)},
        {"move_in_special", "move-in-special", handler(parseMoveIn, moveIn)},
        {"move_within", "move-within", handler(parseMoveWithin, moveWithin)},
        {"move_out", "move-out", handler(parseMoveOut, moveOut)},
        {"move_out_cancel", "move-out-cancel", handler(parseMoveOutCancel, cancelMoveOut)},
        {"birth", "birth", handler(parseBirth, birth)},
        {"death", "death", handler(parseDeath, death)},
        {"householder_change", "householder-change",
         handler(parseHouseholderChange, changeHouseholder)},
        {"household_split", "household-split", handler(parseHouseholdSplit, splitHousehold)},
        {"household_merge", "household-merge", handler(parseHouseholdMerge, mergeHouseholds)},
        {"official_entry", "official-entry", handler(parseMoveIn, moveIn)},
        {"official_correction", "official-correction",
         handler(parseOfficialCorrection, officialCorrection)},
        {"official_removal", "official-removal",
         handler(parseOfficialRemoval, officialRemoval)},
        {"foreign_resident_update", "foreign-resident-update",
         handler(parseForeignResidentUpdate, updateForeignResident)},
        {"correction", "correction", handler(parseCorrection, correctEntry)},
    };
    return routes;
}

} // namespace

QStringList changeEvents()
{
    QStringList out;
    for (const KindRoute &k : kindRoutes())
        out << QStringLiteral("resident.") + QLatin1String(k.kind);
    return out;
}

void registerChangeRoutes(core::ServerContext &ctx, http::Router &router)
{
    const http::Access update = http::Access::right(QStringLiteral("resident"),
                                                    QStringLiteral("update"));
    for (const KindRoute &k : kindRoutes()) {
        const QString kind = QString::fromLatin1(k.kind);
        router.add({QStringLiteral("POST"),
                    QString::fromLatin1(api::path::ResidentChanges) + QLatin1Char('/')
                        + QLatin1String(k.path),
                    update, QStringLiteral("resident.") + kind, [&ctx, k, kind](http::Request &r) {
            return http::Response::json(k.run(ctx, r.actor(), r, kind).toJson(), 201);
        }, true});
    }
}

} // namespace kikan::resident
