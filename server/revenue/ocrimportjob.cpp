// An OCR batch imported as a job (ocrimportjob.h).
#include "ocrimportjob.h"

#include "ocrbatch.h"
#include "reconciler.h"
#include "revenuejson.h"
#include "server/core/context.h"
#include "server/core/failure.h"

#include <QDir>
#include <QFileInfo>

namespace kikan::revenue {

namespace {
const QString kBy = QStringLiteral("requestedBy");

// The submitter as the job's control knows them (login, user id) with the request they asked in,
// so that the import's log entry reads as if the request had imported it.
core::Actor submitter(const jobs::JobControl &control)
{
    core::Actor a = control.actor();
    const QJsonObject by = control.params().value(kBy).toObject();
    a.displayName = by.value(QStringLiteral("displayName")).toString();
    a.authMethod = by.value(QStringLiteral("authMethod")).toString(a.authMethod);
    a.sessionRef = by.value(QStringLiteral("sessionRef")).toString();
    a.requestId = by.value(QStringLiteral("requestId")).toString();
    a.clientAddress = by.value(QStringLiteral("clientAddress")).toString();
    return a;
}
} // namespace

QString ocrInbox(const core::ServerContext &ctx)
{
    return ctx.config.stringValue(QStringLiteral("revenue/ocr_inbox"), ctx.config.dataDir + QStringLiteral("/ocr-inbox"));
}

QString ocrBatchFolder(const core::ServerContext &ctx, const QString &batch)
{
    if (batch.isEmpty() || batch.contains(u'/') || batch.contains(u'\\') || batch.startsWith(u'.'))
        throw core::Failure::invalidField(QStringLiteral("batch"), QStringLiteral("バッチのフォルダ名が正しくありません。"));
    const QString folder = QDir(ocrInbox(ctx)).filePath(batch);
    if (!QFileInfo(folder).isDir())
        throw core::Failure::invalidField(QStringLiteral("batch"), QStringLiteral("OCRのバッチ「%1」が見つかりません。").arg(batch));
    return folder;
}

OcrImportRequest checkedOcrImport(const core::ServerContext &ctx, const QJsonObject &body)
{
    OcrImportRequest r;
    r.batch = body.value(QStringLiteral("batch")).toString();
    const QString folder = ocrBatchFolder(ctx, r.batch);
    r.recognitionFile = body.value(QStringLiteral("recognitionFile")).toString();
    if (r.recognitionFile.isEmpty() || r.recognitionFile.contains(u'/') || r.recognitionFile.contains(u'\\')
        || !QFileInfo::exists(QDir(folder).filePath(r.recognitionFile)))
        throw core::Failure::invalidField(QStringLiteral("recognitionFile"), QStringLiteral("認識結果ファイルが見つかりません。"));
    r.layout = body.value(QStringLiteral("layout")).toString(QStringLiteral("default"));
    if (!ocrLayouts().contains(r.layout))
        throw core::Failure::invalidField(QStringLiteral("layout"), QStringLiteral("OCRの様式「%1」の定義がありません。").arg(r.layout));
    r.dryRun = body.value(QStringLiteral("dryRun")).toBool();
    return r;
}

QJsonObject ocrImportParams(const OcrImportRequest &request, const core::Actor &actor)
{
    return {{QStringLiteral("batch"), request.batch},
            {QStringLiteral("recognitionFile"), request.recognitionFile},
            {QStringLiteral("layout"), request.layout},
            {QStringLiteral("dryRun"), request.dryRun},
            {kBy, QJsonObject{{QStringLiteral("displayName"), actor.displayName},
                              {QStringLiteral("authMethod"), actor.authMethod},
                              {QStringLiteral("sessionRef"), actor.sessionRef},
                              {QStringLiteral("requestId"), actor.requestId},
                              {QStringLiteral("clientAddress"), actor.clientAddress}}}};
}

QJsonObject OcrImportJob::run(core::ServerContext &context, jobs::JobControl &control)
{
    // Checked again: the folder may have gone since the request.
    const OcrImportRequest request = checkedOcrImport(context, control.params());
    // Phase 1: read and decode, a report per chunk (control.progress throws when cancelled).
    const OcrReadProgress progress{m_chunk, [&control](qint64 done, qint64 total) {
                                       control.progress(done, total, {});
                                   }};
    const OcrBatch read = readOcrBatch(ocrBatchFolder(context, request.batch), request.recognitionFile,
                                       ocrLayouts().value(request.layout), progress);
    // Phase 2: the whole batch in one transaction; importJson throws the per-line errors.
    return importJson(context.services.get<Reconciler>().importFile(
        QString::fromLatin1(channel::Ocr), request.batch + u'/' + request.recognitionFile, read.identity,
        read.parsed, request.dryRun, submitter(control)));
}

} // namespace kikan::revenue
