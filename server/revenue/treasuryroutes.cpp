// The treasury's routes of 収納管理 (routes.h registerTreasuryRoutes; docs/revenue.md "API"):
// 口座振替 request files made from 口座管理's accounts and result files imported, OCR batches
// imported from the reader's output folder (as a job, ocrimportjob.h), cash at the counter, queued receipts matched by hand,
// receipts cancelled, a receipt's history and its slip image. Rights area revenue (view, update).
#include "counter.h"
#include "dailyreport.h"
#include "directdebit.h"
#include "dunning.h"
#include "events.h"
#include "ledger.h"
#include "ocrimportjob.h"
#include "receiptstore.h"
#include "refunds.h"
#include "reconciler.h"
#include "revenuejson.h"
#include "routes.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/jobs/jobqueue.h"
#include "server/resident/personinput.h"
#include "server/store/database.h"
#include "shared/api/revenue/errors.h"
#include "shared/api/revenue/paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kikan::revenue {

namespace {

// An OCR batch is imported by a job (ocrimportjob.h), a dry run too: {batch, recognitionFile,
// layout, dryRun} checked now, then 202 {jobId, …}; the import's JSON is the job's result.
http::Response importOcr(core::ServerContext &ctx, http::Request &r)
{
    const OcrImportRequest request = checkedOcrImport(ctx, r.jsonObject());
    const qint64 id = ctx.services.get<jobs::JobQueue>().submit(
        QString::fromLatin1(OcrImportJobKind), ocrImportParams(request, r.actor()), r.actor());
    return http::Response::json({{QStringLiteral("jobId"), id},
                                 {QStringLiteral("batch"), request.batch},
                                 {QStringLiteral("recognitionFile"), request.recognitionFile},
                                 {QStringLiteral("dryRun"), request.dryRun}},
                                202);
}

// The batches waiting in the inbox, newest name first, each with its files other than slip images
// (the recognition file to choose): {"batches":[{"name","files":[…]}]}.
http::Response ocrBatches(core::ServerContext &ctx, http::Request &)
{
    QJsonArray batches;
    const QDir inbox(ocrInbox(ctx));
    const QStringList images{QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                             QStringLiteral("*.tif"), QStringLiteral("*.tiff")};
    for (const QString &name : inbox.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)) {
        QDir folder(inbox.filePath(name));
        QStringList files = folder.entryList(QDir::Files, QDir::Name);
        for (const QString &image : folder.entryList(images, QDir::Files))
            files.removeAll(image);
        batches.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("files"), QJsonArray::fromStringList(files)}});
    }
    return http::Response::json(QJsonObject{{QStringLiteral("batches"), batches}});
}

// The 調定 a hand match names: {assessmentId} or {noticeNo} (通知書番号).
qint64 matchTarget(core::ServerContext &ctx, const QJsonObject &body)
{
    if (!body.contains(QStringLiteral("noticeNo")))
        return resident::readNumber(body, QStringLiteral("assessmentId"), {}, true);
    const auto found = ctx.services.get<RevenueLedger>().findByNotice(body.value(QStringLiteral("noticeNo")).toString());
    if (!found)
        throw core::Failure(api::err::RevenueAssessmentNotFound);
    return found->id;
}

// The slip image of an OCR receipt (its batch folder and image name as imported).
http::Response slipImage(core::ServerContext &ctx, http::Request &r)
{
    const auto receipt = ctx.services.get<Reconciler>().receipt(r.idParam(QStringLiteral("id")));
    if (!receipt)
        throw core::Failure(api::err::RevenueReceiptNotFound);
    const QString batch = receipt->sourceFile.section(u'/', 0, 0);
    const QString image = receipt->line.reference;
    if (receipt->channel != QLatin1String(channel::Ocr) || image.contains(u'/') || image.isEmpty())
        throw core::Failure(api::err::RevenueReceiptNotFound, QStringLiteral("この収納には納付書の画像がありません。"));
    QFile file(QDir(ocrBatchFolder(ctx, batch)).filePath(image));
    if (!file.open(QIODevice::ReadOnly))
        throw core::Failure(api::err::RevenueReceiptNotFound, QStringLiteral("納付書の画像 %1 が読めません。").arg(image));
    ctx.audit.record(r.actor(), audit::LogKind::Access, QString::fromLatin1(event::View),
                     QStringLiteral("receipt:%1").arg(receipt->id));
    http::Response out;
    const QString suffix = QFileInfo(image).suffix().toLower();
    out.contentType = suffix == QLatin1String("png") ? "image/png"
                      : suffix.startsWith(QLatin1String("tif")) ? "image/tiff" : "image/jpeg";
    out.body = file.readAll();
    return out;
}

http::Response debitRequest(core::ServerContext &ctx, http::Request &r)
{
    const QJsonObject body = r.jsonObject();
    const QDate debitDate = resident::readDate(body, QStringLiteral("debitDate"), {}, true);
    const bool dryRun = body.value(QStringLiteral("dryRun")).toBool();
    const DebitRequest request = createDebitRequest(ctx, ctx.services.get<RevenueLedger>(), debitDate, dryRun, r.actor());
    return http::Response::json(QJsonObject{{QStringLiteral("fileName"), request.fileName},
                                            {QStringLiteral("dryRun"), dryRun},
                                            {QStringLiteral("count"), request.count},
                                            {QStringLiteral("total"), request.total.yen()},
                                            {QStringLiteral("content"), QString::fromLatin1(request.bytes.toBase64())}});
}

http::Response importDebit(core::ServerContext &ctx, http::Request &r)
{
    const Upload up = readUpload(r.jsonObject());
    const DebitImportResult result = importDebitResult(ctx, ctx.services.get<Reconciler>(),
                                                       ctx.services.get<RevenueLedger>(), up.fileName,
                                                       up.bytes, up.dryRun, r.actor());
    QJsonObject out = importJson(result.import);
    QJsonArray failures;
    for (const DebitFailure &f : result.failures)
        failures.append(QJsonObject{{QStringLiteral("record"), f.recordNo},
                                    {QStringLiteral("customerNo"), f.customerNo},
                                    {QStringLiteral("assessmentId"), f.assessmentId},
                                    {QStringLiteral("amount"), f.amount.yen()},
                                    {QStringLiteral("resultCode"), f.resultCode},
                                    {QStringLiteral("resultName"), f.resultName}});
    out.insert(QStringLiteral("failures"), failures);
    return http::Response::json(out);
}

http::Response counter(core::ServerContext &ctx, http::Request &r)
{
    const QJsonObject body = r.jsonObject();
    CounterPayment payment{resident::readText(body, QStringLiteral("noticeNo"), {}, true, 30),
                           core::Money::ofYen(resident::readNumber(body, QStringLiteral("amount"), {}, true))};
    const CounterReceipt done = takeCounterPayment(ctx, ctx.services.get<Reconciler>(),
                                                   ctx.services.get<RevenueLedger>(), payment, r.actor());
    return http::Response::json(QJsonObject{{QStringLiteral("receipt"), receiptJson(done.receipt)},
                                            {QStringLiteral("serial"), done.serial},
                                            {QStringLiteral("pdf"), QString::fromLatin1(done.pdf.toBase64())}},
                                201);
}

http::Response history(core::ServerContext &ctx, http::Request &r)
{
    const qint64 id = r.idParam(QStringLiteral("id"));
    const auto receipt = ctx.services.get<Reconciler>().receipt(id);
    if (!receipt)
        throw core::Failure(api::err::RevenueReceiptNotFound);
    QJsonArray events;
    for (const ReceiptEvent &e : receiptHistory(ctx.database.connection(), id))
        events.append(QJsonObject{{QStringLiteral("event"), e.event}, {QStringLiteral("before"), e.before},
                                  {QStringLiteral("after"), e.after}, {QStringLiteral("assessmentId"), e.assessmentId},
                                  {QStringLiteral("reason"), e.reason}, {QStringLiteral("at"), e.at},
                                  {QStringLiteral("by"), e.login}});
    ctx.audit.record(r.actor(), audit::LogKind::Access, QString::fromLatin1(event::View),
                     QStringLiteral("receipt:%1").arg(id));
    return http::Response::json(QJsonObject{{QStringLiteral("receipt"), receiptJson(*receipt)},
                                            {QStringLiteral("history"), events}});
}

// A 督促 batch: {issuedOn (default the 処理日), dryRun}.
http::Response dunning(core::ServerContext &ctx, http::Request &r)
{
    const QJsonObject body = r.jsonObject();
    QDate issuedOn = resident::readDate(body, QStringLiteral("issuedOn"), {}, false);
    if (!issuedOn.isValid())
        issuedOn = core::processingDate(ctx.clock);
    const DunningBatch batch = runDunning(ctx, ctx.services.get<RevenueLedger>(), issuedOn,
                                          body.value(QStringLiteral("dryRun")).toBool(), r.actor());
    QJsonArray notices;
    for (const DunningNotice &n : batch.notices)
        notices.append(QJsonObject{{QStringLiteral("serial"), n.serial}, {QStringLiteral("assessmentId"), n.assessmentId},
                                   {QStringLiteral("partyNo"), n.partyNo}, {QStringLiteral("noticeNo"), n.noticeNo},
                                   {QStringLiteral("dueDate"), core::isoDate(n.dueDate)},
                                   {QStringLiteral("outstanding"), n.outstanding.yen()},
                                   {QStringLiteral("fee"), n.fee.yen()}, {QStringLiteral("payBy"), core::isoDate(n.payBy)}});
    return http::Response::json(QJsonObject{{QStringLiteral("issuedOn"), core::isoDate(issuedOn)},
                                            {QStringLiteral("dryRun"), batch.dryRun},
                                            {QStringLiteral("count"), int(batch.notices.size())},
                                            {QStringLiteral("notices"), notices},
                                            {QStringLiteral("pdf"), QString::fromLatin1(batch.pdf.toBase64())}});
}

// 充当 and 還付 of a person's 過誤納: {decidedOn (default the 処理日), dryRun}.
http::Response refunds(core::ServerContext &ctx, http::Request &r)
{
    const QJsonObject body = r.jsonObject();
    QDate decidedOn = resident::readDate(body, QStringLiteral("decidedOn"), {}, false);
    if (!decidedOn.isValid())
        decidedOn = core::processingDate(ctx.clock);
    const RefundDecision d = settleOverpayments(ctx, ctx.services.get<RevenueLedger>(), r.idParam(QStringLiteral("partyNo")),
                                                decidedOn, body.value(QStringLiteral("dryRun")).toBool(), r.actor());
    QJsonArray appropriations, refunds;
    for (const Appropriation &a : d.appropriations)
        appropriations.append(QJsonObject{{QStringLiteral("assessmentId"), a.assessmentId},
                                          {QStringLiteral("amount"), a.amount.yen()},
                                          {QStringLiteral("fitOn"), core::isoDate(a.fitOn)},
                                          {QStringLiteral("interest"), a.interest.yen()}});
    for (const Refund &f : d.refunds)
        refunds.append(QJsonObject{{QStringLiteral("serial"), f.serial}, {QStringLiteral("assessmentId"), f.assessmentId},
                                   {QStringLiteral("amount"), f.amount.yen()}, {QStringLiteral("interest"), f.interest.yen()},
                                   {QStringLiteral("interestFrom"), core::isoDate(f.interestFrom)}});
    return http::Response::json(QJsonObject{{QStringLiteral("decidedOn"), core::isoDate(decidedOn)},
                                            {QStringLiteral("dryRun"), d.dryRun},
                                            {QStringLiteral("appropriations"), appropriations},
                                            {QStringLiteral("refunds"), refunds},
                                            {QStringLiteral("pdf"), QString::fromLatin1(d.pdf.toBase64())}});
}

// 収納日計表 (from = to) / 月計表: ?from=&to=&format=json|csv|pdf (the PDF is a print-log entry).
http::Response report(core::ServerContext &ctx, http::Request &r)
{
    const QDate from = QDate::fromString(r.query.queryItemValue(QStringLiteral("from")), Qt::ISODate);
    QDate to = QDate::fromString(r.query.queryItemValue(QStringLiteral("to")), Qt::ISODate);
    if (!to.isValid())
        to = from;
    if (!from.isValid() || to < from || from.daysTo(to) > 366)
        throw core::Failure::invalidField(QStringLiteral("from"), QStringLiteral("集計期間（from, to）を正しく指定してください。"));
    const DailyReport rep = dailyReport(ctx.database.connection(), from, to);
    ctx.audit.record(r.actor(), audit::LogKind::Access, QString::fromLatin1(event::View),
                     QStringLiteral("revenue_report:%1/%2").arg(core::isoDate(from), core::isoDate(to)));
    const QString format = r.query.queryItemValue(QStringLiteral("format"));
    const QString fileName = QStringLiteral("shuno-%1-%2").arg(from.toString(QStringLiteral("yyyyMMdd")),
                                                               to.toString(QStringLiteral("yyyyMMdd")));
    if (format == QLatin1String("csv"))
        return http::Response::csv(dailyReportCsv(rep), fileName + QStringLiteral(".csv"));
    if (format == QLatin1String("pdf")) {
        const QByteArray pdf = dailyReportPdf(rep, core::processingDate(ctx.clock));
        ctx.audit.record(r.actor(), audit::LogKind::Print, QString::fromLatin1(event::DailyReportPrint),
                         QStringLiteral("revenue_report:%1/%2").arg(core::isoDate(from), core::isoDate(to)),
                         QJsonObject{{QStringLiteral("channels"), int(rep.channels.size())},
                                     {QStringLiteral("files"), int(rep.imports.size())},
                                     {QStringLiteral("total"), rep.total.amount.yen()}});
        return http::Response::pdf(pdf, fileName + QStringLiteral(".pdf"));
    }
    const auto totalJson = [](const ChannelTotal &c) {
        return QJsonObject{{QStringLiteral("channel"), c.channel}, {QStringLiteral("label"), channelLabel(c.channel)},
                           {QStringLiteral("count"), c.count}, {QStringLiteral("amount"), c.amount.yen()},
                           {QStringLiteral("applied"), c.applied.yen()}, {QStringLiteral("queued"), c.queued.yen()},
                           {QStringLiteral("overpaid"), c.overpaid.yen()}};
    };
    QJsonArray channels, imports;
    for (const ChannelTotal &c : rep.channels)
        channels.append(totalJson(c));
    for (const ImportTotal &t : rep.imports)
        imports.append(QJsonObject{{QStringLiteral("importId"), t.importId}, {QStringLiteral("channel"), t.channel},
                                   {QStringLiteral("fileName"), t.fileName}, {QStringLiteral("lineCount"), t.lineCount},
                                   {QStringLiteral("fileTotal"), t.fileTotal.yen()},
                                   {QStringLiteral("receiptCount"), t.receiptCount},
                                   {QStringLiteral("receiptTotal"), t.receiptTotal.yen()},
                                   {QStringLiteral("agrees"), t.agrees()}});
    return http::Response::json(QJsonObject{{QStringLiteral("from"), core::isoDate(from)},
                                            {QStringLiteral("to"), core::isoDate(to)},
                                            {QStringLiteral("channels"), channels},
                                            {QStringLiteral("total"), totalJson(rep.total)},
                                            {QStringLiteral("imports"), imports}});
}

} // namespace

void registerTreasuryRoutes(core::ServerContext &ctx, http::Router &router)
{
    const QString base = QString::fromLatin1(api::path::RevenueRoot);
    const auto view = http::Access::right(QStringLiteral("revenue"), QStringLiteral("view"));
    const auto update = http::Access::right(QStringLiteral("revenue"), QStringLiteral("update"));
    const auto add = [&](const char *method, const QString &path, const http::Access &access, const char *event,
                         std::function<http::Response(core::ServerContext &, http::Request &)> f, qint64 maxBody = 0) {
        http::Route route{QString::fromLatin1(method), base + path, access, QString::fromLatin1(event),
                          [&ctx, f](http::Request &r) { return f(ctx, r); }, true};
        route.maxBodyBytes = maxBody;
        router.add(route);
    };
    add("POST", QStringLiteral("/direct-debit/requests"), update, event::DebitRequest, debitRequest);
    add("POST", QStringLiteral("/imports/direct-debit"), update, event::Import, importDebit, 64 * 1024 * 1024);
    add("POST", QStringLiteral("/imports/ocr"), update, event::Import, importOcr);
    add("POST", QStringLiteral("/counter"), update, event::CounterPayment, counter);
    add("POST", QStringLiteral("/receipts/{id}/match"), update, event::Match, [](core::ServerContext &c, http::Request &r) {
        const QJsonObject body = r.jsonObject();
        return http::Response::json(receiptJson(c.services.get<Reconciler>().matchByHand(
            r.idParam(QStringLiteral("id")), matchTarget(c, body),
            body.value(QStringLiteral("reason")).toString(), r.actor())));
    });
    add("POST", QStringLiteral("/receipts/{id}/cancel"), update, event::Cancel, [](core::ServerContext &c, http::Request &r) {
        return http::Response::json(receiptJson(c.services.get<Reconciler>().cancelReceipt(
            r.idParam(QStringLiteral("id")), r.jsonObject().value(QStringLiteral("reason")).toString(), r.actor())));
    });
    add("GET", QStringLiteral("/receipts/{id}/history"), view, event::View, history);
    add("GET", QStringLiteral("/imports/ocr/batches"), view, event::View, ocrBatches);
    add("GET", QStringLiteral("/receipts/{id}/image"), view, event::View, slipImage);
    add("GET", QStringLiteral("/reports/daily"), view, event::View, report);
    add("POST", QStringLiteral("/dunning"), update, event::Dunning, dunning);
    add("POST", QStringLiteral("/parties/{partyNo}/refunds"), update, event::Refund, refunds);
}

} // namespace kikan::revenue
