// The HTTP routes of 収納管理 (routes.h): JSON in, typed values to the ledger and the reconciler,
// JSON out. With treasuryroutes.cpp, the only files of the area that see http::.
#include "routes.h"

#include "conveniencefile.h"
#include "counter.h"
#include "events.h"
#include "ledger.h"
#include "receiptstore.h"
#include "reconciler.h"
#include "reconciliationrules.h"
#include "revenuejson.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/revenue/errors.h"
#include "shared/api/revenue/paths.h"

#include <QJsonArray>

namespace kikan::revenue {

namespace {

// 納付状況: every 調定 of the person with what was paid against it and by which receipts.
http::Response partyStatus(core::ServerContext &ctx, http::Request &r)
{
    const qint64 partyNo = r.idParam(QStringLiteral("partyNo"));
    // 延滞金 on demand as of ?asOf= (default the 処理日): what paying that day would add.
    QDate asOf = core::processingDate(ctx.clock);
    if (r.query.hasQueryItem(QStringLiteral("asOf"))) {
        asOf = QDate::fromString(r.query.queryItemValue(QStringLiteral("asOf")), Qt::ISODate);
        if (!asOf.isValid())
            throw core::Failure::invalidField(QStringLiteral("asOf"), QStringLiteral("基準日（asOf）を正しく指定してください。"));
    }
    auto &ledger = ctx.services.get<RevenueLedger>();
    auto &reconciler = ctx.services.get<Reconciler>();
    QJsonArray items;
    for (const assessment::Assessment &a : ledger.ofParty(partyNo)) {
        items.append(QJsonObject{{QStringLiteral("id"), a.id},
                                 {QStringLiteral("revenueItem"), a.input.revenueItem},
                                 {QStringLiteral("revenueItemName"), revenueItemName(a.input.revenueItem)},
                                 {QStringLiteral("fiscalYear"), a.input.fiscalYear},
                                 {QStringLiteral("installment"), a.input.installment},
                                 {QStringLiteral("noticeNo"), a.input.noticeNo},
                                 {QStringLiteral("dueDate"), core::isoDate(a.input.dueDate)},
                                 {QStringLiteral("amount"), a.input.amount.yen()},
                                 {QStringLiteral("received"), a.received.yen()},
                                 {QStringLiteral("outstanding"), a.outstanding().yen()},
                                 {QStringLiteral("lateCharge"), lateChargeOf(ctx.database.connection(), a.id).yen()},
                                 {QStringLiteral("lateChargeDue"), lateChargeDue(a, asOf).yen()},
                                 {QStringLiteral("receipts"), receiptsJson(reconciler.receiptsOfAssessment(a.id))}});
    }
    ctx.audit.record(r.actor(), audit::LogKind::Access, QString::fromLatin1(event::View),
                     QStringLiteral("party:%1").arg(partyNo));
    return http::Response::json(QJsonObject{{QStringLiteral("partyNo"), partyNo},
                                            {QStringLiteral("asOf"), core::isoDate(asOf)},
                                            {QStringLiteral("assessments"), items}});
}

http::Response queue(core::ServerContext &ctx, http::Request &r)
{
    const QList<Receipt> receipts = ctx.services.get<Reconciler>().unmatched();
    ctx.audit.record(r.actor(), audit::LogKind::Access, QString::fromLatin1(event::View),
                     QStringLiteral("revenue_queue"));
    return http::Response::json(QJsonObject{{QStringLiteral("items"), receiptsJson(receipts)}});
}

// {fileName, agent ("dsk"), dryRun, content (base64 of the file as sent)}
http::Response importConvenience(core::ServerContext &ctx, http::Request &r)
{
    const QJsonObject body = r.jsonObject();
    const Upload up = readUpload(body);
    const QString agent = body.value(QStringLiteral("agent")).toString(QStringLiteral("dsk"));
    if (!convenienceLayouts().contains(agent))
        throw core::Failure::invalidField(QStringLiteral("agent"), QStringLiteral("収納代行業者「%1」の定義がありません。").arg(agent));
    return http::Response::json(importJson(ctx.services.get<Reconciler>().importFile(
        QString::fromLatin1(channel::Convenience), up.fileName, up.bytes,
        parseConvenienceFile(up.bytes, convenienceLayouts().value(agent)), up.dryRun, r.actor())));
}

http::Response reverse(core::ServerContext &ctx, http::Request &r)
{
    const Receipt after = ctx.services.get<Reconciler>().reverseMatch(
        r.idParam(QStringLiteral("id")), r.jsonObject().value(QStringLiteral("reason")).toString(), r.actor());
    return http::Response::json(receiptJson(after));
}

} // namespace

void registerRoutes(core::ServerContext &ctx, http::Router &router)
{
    const QString base = QString::fromLatin1(api::path::RevenueRoot);
    const auto view = http::Access::right(QStringLiteral("revenue"), QStringLiteral("view"));
    const auto update = http::Access::right(QStringLiteral("revenue"), QStringLiteral("update"));
    router.add({QStringLiteral("GET"), base + QStringLiteral("/parties/{partyNo}/status"), view,
                QString::fromLatin1(event::View),
                [&ctx](http::Request &r) { return partyStatus(ctx, r); }, true});
    router.add({QStringLiteral("GET"), base + QStringLiteral("/queue"), view,
                QString::fromLatin1(event::View), [&ctx](http::Request &r) { return queue(ctx, r); }, true});
    http::Route upload{QStringLiteral("POST"), base + QStringLiteral("/imports/convenience"), update,
                       QString::fromLatin1(event::Import),
                       [&ctx](http::Request &r) { return importConvenience(ctx, r); }, true};
    upload.maxBodyBytes = 64 * 1024 * 1024; // a day's file, base64
    router.add(upload);
    router.add({QStringLiteral("POST"), base + QStringLiteral("/receipts/{id}/reverse"), update,
                QString::fromLatin1(event::Reverse),
                [&ctx](http::Request &r) { return reverse(ctx, r); }, true});
    registerTreasuryRoutes(ctx, router);
}

} // namespace kikan::revenue
