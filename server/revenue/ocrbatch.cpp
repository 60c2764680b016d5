// OCR batches: the recognition file read by its layout, each slip's GS1-128 read from its image
// with zxing-cpp and compared (ocrbatch.h).
#define ZX_USE_UTF8
#include "ocrbatch.h"

#include "shared/api/revenue/errors.h"
#include "shared/revenue/conveniencesettings.h"
#include "shared/revenue/freefield.h"
#include "shared/revenue/resource.h"
#include "shared/revenue/textfile.h"

#include <ZXing/ReadBarcode.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>

namespace kikan::revenue {

namespace {

QHash<QString, OcrLayout> layoutsFromJson(const QByteArray &json)
{
    QHash<QString, OcrLayout> out;
    const QJsonObject all = QJsonDocument::fromJson(json).object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key().startsWith(u'_'))
            continue;
        const auto layout = ocrLayoutFromJson(it.value().toObject());
        if (!layout)
            throw std::runtime_error(layout.error().message.toStdString());
        out.insert(it.key(), *layout);
    }
    return out;
}

// The named fields of one recognition line, or nothing when it is too short for the layout.
std::optional<QHash<QString, QString>> fieldsOf(const QByteArray &raw, const QString &text,
                                                const OcrLayout &layout)
{
    QHash<QString, QString> out;
    const auto csv = layout.fixedLength ? std::optional<QStringList>() : splitCsv(text);
    for (auto it = layout.fields.begin(); it != layout.fields.end(); ++it) {
        if (layout.fixedLength) {
            const auto [start, length] = it.value();
            if (raw.size() < start + length)
                return std::nullopt;
            out.insert(it.key(), decodeStrict(raw.mid(start, length), layout.encoding)
                                     .value_or(QString()).trimmed());
        } else {
            if (!csv || csv->size() <= it.value().first)
                return std::nullopt;
            out.insert(it.key(), csv->at(it.value().first).trimmed());
        }
    }
    return out;
}

// What the slip's barcode says against what was recognised: empty when they agree.
QString disagreement(const QStringList &barcodes, const ReceiptLine &line)
{
    if (barcodes.isEmpty())
        return QStringLiteral("画像からバーコードを読めません。");
    const auto b = parseConvenienceBarcode(barcodes.first());
    if (!b)
        return b.error().message;
    const SlipFacts facts = slipFactsOf(convenienceSettings(), *b);
    if (facts.noticeNo != normalizedNoticeNo(line.noticeNo))
        return QStringLiteral("通知書番号が読取り（%1）とバーコード（%2）で違います。")
            .arg(line.noticeNo, facts.noticeNo);
    if (facts.amount != line.amount)
        return QStringLiteral("金額が読取り（%1）とバーコード（%2）で違います。")
            .arg(line.amount.toString(), facts.amount.toString());
    return {};
}

// One line of the recognition file with its slip's image decoded, added to `batch` (its line, or
// the error naming it; the image's bytes join the batch's identity).
void readSlip(const QString &folder, const QByteArray &raw, int lineNo, const OcrLayout &layout,
              OcrBatch &batch)
{
    auto fail = [&](const QString &m) {
        batch.parsed.errors.append({lineNo, QStringLiteral("%1行目: %2").arg(lineNo).arg(m)});
    };
    const auto text = decodeStrict(raw, layout.encoding);
    const auto f = text ? fieldsOf(raw, *text, layout) : std::nullopt;
    if (!f) {
        fail(text ? QStringLiteral("項目が足りません。")
                  : QStringLiteral("文字コードが%1ではありません。").arg(layout.encoding));
        return;
    }
    ReceiptLine line;
    line.lineNo = lineNo;
    line.noticeNo = f->value(QStringLiteral("noticeNo"));
    line.reference = f->value(QStringLiteral("image"));
    line.paidOn = QDate::fromString(f->value(QStringLiteral("paidOn")), QStringLiteral("yyyyMMdd"));
    bool ok = false;
    line.amount = core::Money::ofYen(f->value(QStringLiteral("amount")).toLongLong(&ok));
    QFile image(QDir(folder).filePath(line.reference));
    if (!ok || !line.paidOn.isValid() || !image.open(QIODevice::ReadOnly)) {
        fail(!ok ? QStringLiteral("金額が数字ではありません。")
             : !line.paidOn.isValid() ? QStringLiteral("収納日が日付ではありません。")
                                      : QStringLiteral("画像 %1 がありません。").arg(line.reference));
        return;
    }
    const QByteArray imageBytes = image.readAll();
    batch.identity += imageBytes;
    const QStringList barcodes = readSlipBarcodes(QImage::fromData(imageBytes));
    line.problem = disagreement(barcodes, line);
    line.barcode = barcodes.value(0);
    batch.parsed.lines.append(line);
}

} // namespace

core::Result<OcrLayout> ocrLayoutFromJson(const QJsonObject &o)
{
    OcrLayout l;
    l.fixedLength = o.value(QStringLiteral("format")).toString() == u"fixed";
    l.encoding = o.value(QStringLiteral("encoding")).toString();
    l.header = o.value(QStringLiteral("header")).toBool();
    const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
    for (const char *name : {"image", "noticeNo", "amount", "paidOn"}) {
        const QJsonValue v = fields.value(QLatin1String(name));
        const QPair<int, int> at = l.fixedLength ? qMakePair(v[0].toInt(-1), v[1].toInt(0))
                                                 : qMakePair(v.toInt(-1), 0);
        if (at.first < 0 || (l.fixedLength && at.second <= 0))
            return core::Error{QString::fromLatin1(api::err::RevenueImportInvalid),
                               QStringLiteral("OCR読取りファイルの定義に「%1」がありません。")
                                   .arg(QLatin1String(name))};
        l.fields.insert(QLatin1String(name), at);
    }
    return l;
}

const QHash<QString, OcrLayout> &ocrLayouts()
{
    static const QHash<QString, OcrLayout> layouts =
        layoutsFromJson(revenueResource(QStringLiteral("ocr-layouts.json")));
    return layouts;
}

QStringList readSlipBarcodes(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::Code128);
    hints.setTryHarder(true);
    // One symbol a slip: zxing-cpp 1.4's ReadBarcodes asserts while merging the rows of a 1D code.
    const ZXing::Result r = ZXing::ReadBarcode(view, hints);
    if (!r.isValid() || r.symbologyIdentifier() != "]C1") // ]C1: GS1-128
        return {};
    return {QString::fromStdString(r.text()).remove(u'(').remove(u')')};
}

OcrBatch readOcrBatch(const QString &folder, const QString &recognitionFile, const OcrLayout &layout,
                      const OcrReadProgress &progress)
{
    OcrBatch batch;
    QFile file(QDir(folder).filePath(recognitionFile));
    if (!file.open(QIODevice::ReadOnly)) {
        batch.parsed.errors.append({0, QStringLiteral("読取りファイル %1 がありません。").arg(recognitionFile)});
        return batch;
    }
    batch.identity = file.readAll();
    const QList<QByteArray> lines = splitLines(batch.identity);
    const qsizetype first = layout.header ? 1 : 0;
    const qint64 total = qMax<qsizetype>(0, lines.size() - first);
    const bool reports = progress.chunk > 0 && progress.report;
    if (reports)
        progress.report(0, total);
    for (qsizetype i = first; i < lines.size(); ++i) {
        readSlip(folder, lines.at(i), int(i + 1), layout, batch);
        const qint64 done = i - first + 1;
        if (reports && (done % progress.chunk == 0 || done == total))
            progress.report(done, total);
    }
    return batch;
}

} // namespace kikan::revenue
