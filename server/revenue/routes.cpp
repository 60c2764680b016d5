// The HTTP routes of 収納管理 (routes.h): JSON in, typed values to the ledger and the reconciler,
// JSON out. The only file of the area that sees http::.
#include "routes.h"

#include "conveniencefile.h"
#include "counter.h"
#include "events.h"
#include "ledger.h"
#include "reconciler.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "shared/api/revenue/errors.h"
#include "shared/api/revenue/paths.h"

#include <QJsonArray>

namespace kikan::revenue {

namespace {

QJsonObject receiptJson(const Receipt &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("channel"), r.channel},
            {QStringLiteral("paidOn"), core::isoDate(r.line.paidOn)},
            {QStringLiteral("amount"), r.line.amount.yen()},
            {QStringLiteral("noticeNo"), r.line.noticeNo},
            {QStringLiteral("barcode"), r.line.barcode},
            {QStringLiteral("outcome"), outcomeName(r.outcome)},
            {QStringLiteral("applied"), r.applied.yen()},
            {QStringLiteral("overpaid"), r.overpaid.yen()},
            {QStringLiteral("provisional"), r.line.provisional},
            {QStringLiteral("problem"), r.line.problem},
            {QStringLiteral("sourceFile"), r.sourceFile},
            {QStringLiteral("sourceLine"), r.line.lineNo},
            {QStringLiteral("assessmentId"), r.assessmentId}};
}

QJsonArray receiptsJson(const QList<Receipt> &receipts)
{
    QJsonArray out;
    for (const Receipt &r : receipts)
        out.append(receiptJson(r));
    return out;
}

// 納付状況: every 調定 of the person with what was paid against it and by which receipts.
http::Response partyStatus(core::ServerContext &ctx, http::Request &r)
{
    const qint64 partyNo = r.idParam(QStringLiteral("partyNo"));
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
                                 {QStringLiteral("receipts"), receiptsJson(reconciler.receiptsOfAssessment(a.id))}});
    }
    ctx.audit.record(r.actor(), audit::LogKind::Access, QString::fromLatin1(event::View),
                     QStringLiteral("party:%1").arg(partyNo));
    return http::Response::json(QJsonObject{{QStringLiteral("partyNo"), partyNo},
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
    const QString fileName = body.value(QStringLiteral("fileName")).toString();
    const QString agent = body.value(QStringLiteral("agent")).toString(QStringLiteral("dsk"));
    const auto content = QByteArray::fromBase64Encoding(
        body.value(QStringLiteral("content")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (fileName.isEmpty())
        throw core::Failure::invalidField(QStringLiteral("fileName"), QStringLiteral("ファイル名がありません。"));
    if (!content || content.decoded.isEmpty())
        throw core::Failure::invalidField(QStringLiteral("content"), QStringLiteral("ファイルの内容が読めません。"));
    if (!convenienceLayouts().contains(agent))
        throw core::Failure::invalidField(QStringLiteral("agent"), QStringLiteral("収納代行業者「%1」の定義がありません。").arg(agent));
    const ImportResult result = ctx.services.get<Reconciler>().importFile(
        QString::fromLatin1(channel::Convenience), fileName, content.decoded,
        parseConvenienceFile(content.decoded, convenienceLayouts().value(agent)),
        body.value(QStringLiteral("dryRun")).toBool(), r.actor());
    if (!result.errors.isEmpty()) {
        QJsonArray lines;
        for (const LineError &e : result.errors)
            lines.append(QJsonObject{{QStringLiteral("line"), e.lineNo}, {QStringLiteral("message"), e.message}});
        throw core::Failure(api::err::RevenueImportInvalid, result.errors.first().message,
                            QJsonObject{{QStringLiteral("lines"), lines}});
    }
    return http::Response::json(QJsonObject{{QStringLiteral("importId"), result.importId},
                                            {QStringLiteral("alreadyImported"), result.alreadyImported},
                                            {QStringLiteral("dryRun"), result.dryRun},
                                            {QStringLiteral("total"), result.total.yen()},
                                            {QStringLiteral("receipts"), receiptsJson(result.receipts)}});
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
}

} // namespace kikan::revenue
