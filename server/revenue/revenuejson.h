// What 収納管理's route files share (routes.cpp, treasuryroutes.cpp): receipts and import results
// as JSON, an uploaded file read from its JSON body, a refused import turned into the one 422 with
// every bad line named. Only route code (and the OCR import job, whose result a route's answer
// was) includes it.
#pragma once

#include "receipt.h"
#include "server/http/router.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kikan::revenue {

QJsonObject receiptJson(const Receipt &r);
QJsonArray receiptsJson(const QList<Receipt> &receipts);

// {importId, alreadyImported, dryRun, total, counts {matched, …}, receipts}; throws
// revenue.import_invalid (422, `lines: [{line, message}]`) when the import has errors.
QJsonObject importJson(const ImportResult &result);

// A file sent as {fileName, content: base64}; request.validation when either is missing.
struct Upload {
    QString fileName;
    QByteArray bytes;
    bool dryRun = false;
};
Upload readUpload(const QJsonObject &body);

} // namespace kikan::revenue
