// POST /api/v1/resident/changes/<kind> (resident:update): one route per 異動 kind, so that each
// has its own operation event "resident.<kind>" (changekinds.h; docs/resident.md "異動").
#include "routes.h"
#include "server/core/dates.h"

#include "changekinds.h"
#include "residentstore.h"
#include "shared/api/endpoints.h"
#include "shared/api/resident/paths.h"

#include <QJsonDocument>

namespace kikan::resident {

namespace {
struct KindRoute {
    const char *kind;   // change kind code (codes.json) and event suffix
    const char *path;   // under /resident/changes/
    void (*run)(ChangeWriter &);
    bool datedToday;    // 異動日 defaults to the 処理日 (取消, 訂正 record when they were made)
};

const KindRoute kRoutes[] = {
    {"move_in", "move-in", moveIn, false},
    {"move_in_abroad", "move-in-abroad", moveIn, false},
    {"move_in_special", "move-in-special", moveIn, false},
    {"move_within", "move-within", moveWithin, false},
    {"move_out", "move-out", moveOut, false},
    {"move_out_cancel", "move-out-cancel", cancelMoveOut, true},
    {"birth", "birth", birth, false},
    {"death", "death", death, false},
    {"householder_change", "householder-change", changeHouseholder, false},
    {"household_split", "household-split", splitHousehold, false},
    {"household_merge", "household-merge", mergeHouseholds, false},
    {"official_entry", "official-entry", moveIn, false},
    {"official_correction", "official-correction", officialCorrection, false},
    {"official_removal", "official-removal", officialRemoval, false},
    {"foreign_resident_update", "foreign-resident-update", updateForeignResident, false},
    {"correction", "correction", correctEntry, true},
};
} // namespace

QStringList changeEvents()
{
    QStringList out;
    for (const KindRoute &k : kRoutes)
        out << QStringLiteral("resident.") + QLatin1String(k.kind);
    return out;
}

void registerChangeRoutes(core::ServerContext &ctx, http::Router &router)
{
    const http::Access update = http::Access::right(QStringLiteral("resident"),
                                                    QStringLiteral("update"));
    for (const KindRoute &k : kRoutes) {
        const QString kind = QString::fromLatin1(k.kind);
        router.add({QStringLiteral("POST"),
                    QString::fromLatin1(api::path::ResidentChanges) + QLatin1Char('/')
                        + QLatin1String(k.path),
                    update, QStringLiteral("resident.") + kind, [&ctx, k, kind](http::Request &r) {
            if (k.datedToday) {
                QJsonObject body = r.jsonObject();
                if (!body.contains(QStringLiteral("effectiveDate"))) {
                    body.insert(QStringLiteral("effectiveDate"),
                                core::isoDate(core::processingDate(ctx.clock)));
                    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
                }
            }
            return http::Response::json(runChange(ctx, r, kind, k.run), 201);
        }, true});
    }
}

} // namespace kikan::resident
