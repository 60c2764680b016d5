// 収納管理's receipts and imports as JSON (revenuejson.h).
#include "revenuejson.h"

#include "server/core/dates.h"
#include "server/core/failure.h"
#include "shared/api/revenue/errors.h"

namespace kikan::revenue {

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
            {QStringLiteral("reference"), r.line.reference},
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

QJsonObject importJson(const ImportResult &result)
{
    if (!result.errors.isEmpty()) {
        QJsonArray lines;
        for (const LineError &e : result.errors)
            lines.append(QJsonObject{{QStringLiteral("line"), e.lineNo}, {QStringLiteral("message"), e.message}});
        throw core::Failure(api::err::RevenueImportInvalid, result.errors.first().message,
                            QJsonObject{{QStringLiteral("lines"), lines}});
    }
    QJsonObject counts;
    for (const MatchOutcome o : {MatchOutcome::Matched, MatchOutcome::Partial, MatchOutcome::Excess,
                                 MatchOutcome::Double, MatchOutcome::Unmatched, MatchOutcome::Mismatch,
                                 MatchOutcome::Reversed})
        counts.insert(outcomeName(o), result.count(o));
    return {{QStringLiteral("importId"), result.importId},
            {QStringLiteral("alreadyImported"), result.alreadyImported},
            {QStringLiteral("dryRun"), result.dryRun},
            {QStringLiteral("total"), result.total.yen()},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("receipts"), receiptsJson(result.receipts)}};
}

Upload readUpload(const QJsonObject &body)
{
    Upload up;
    up.fileName = body.value(QStringLiteral("fileName")).toString();
    up.dryRun = body.value(QStringLiteral("dryRun")).toBool();
    const auto content = QByteArray::fromBase64Encoding(
        body.value(QStringLiteral("content")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (up.fileName.isEmpty())
        throw core::Failure::invalidField(QStringLiteral("fileName"), QStringLiteral("ファイル名がありません。"));
    if (!content || content.decoded.isEmpty())
        throw core::Failure::invalidField(QStringLiteral("content"), QStringLiteral("ファイルの内容が読めません。"));
    up.bytes = content.decoded;
    return up;
}

} // namespace kikan::revenue
