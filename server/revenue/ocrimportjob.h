// An OCR batch imported as a background job (docs/revenue.md "OCR", docs/jobs.md): a real batch is
// thousands of slips and each image's barcode is decoded, so POST imports/ocr checks what it names
// and submits a `revenue.ocr_import` job (202 with its id, a dry run too). Phase 1 reads the
// recognition file and decodes the images in chunks, reporting each chunk (nothing is committed,
// so a run that is cancelled, or resumed after a crash, just reads again from the start); phase 2
// is the import as ever (reconciler.h importFile): one transaction, all or nothing, idempotent by
// the batch's hash, a dry run rolled back, the `revenue.import` entry in the same transaction under
// the submitter's name and request. No report follows the reading, so a cancel asked during
// phase 2 comes too late: the batch applies whole. The job's result is the import's JSON
// (revenuejson.h importJson); a broken batch fails the job with the first line's Japanese message
// and its result `{code: "revenue.import_invalid", lines: [{line, message}]}` (jobkind.h).
#pragma once

#include "server/jobs/jobkind.h"

namespace kikan::revenue {

inline constexpr char OcrImportJobKind[] = "revenue.ocr_import";

// The folder the OCR reader writes its batches into (server setting revenue/ocr_inbox, default
// <dataDir>/ocr-inbox); a batch is one sub-folder of it.
QString ocrInbox(const core::ServerContext &ctx);
// A batch's folder: request.validation (field batch) for anything but the name of a folder there.
QString ocrBatchFolder(const core::ServerContext &ctx, const QString &batch);

// What an OCR import names, from a request's body (or the job's params), checked: the batch
// folder, its recognition file, the layout (resources/revenue/ocr-layouts.json), a dry run.
struct OcrImportRequest {
    QString batch;
    QString recognitionFile;
    QString layout;
    bool dryRun = false;
};
OcrImportRequest checkedOcrImport(const core::ServerContext &ctx, const QJsonObject &body);
// The job's params: the request and who asked with which request (for the operation log).
QJsonObject ocrImportParams(const OcrImportRequest &request, const core::Actor &actor);

class OcrImportJob : public jobs::JobKind
{
public:
    // Slips decoded between two reports: a few seconds' work, well within the heartbeat.
    static constexpr int DefaultChunk = 20;

    explicit OcrImportJob(int chunk = DefaultChunk) : m_chunk(chunk) {}
    QString name() const override { return QString::fromLatin1(OcrImportJobKind); }
    QJsonObject run(core::ServerContext &context, jobs::JobControl &control) override;

private:
    int m_chunk;
};

} // namespace kikan::revenue
