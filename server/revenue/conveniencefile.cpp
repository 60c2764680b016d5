// A convenience-store agent's result file read by its layout (conveniencefile.h).
#include "conveniencefile.h"

#include "shared/api/revenue/errors.h"
#include "shared/revenue/conveniencebarcode.h"
#include "shared/revenue/resource.h"
#include "shared/revenue/textfile.h"

#include <QJsonDocument>

namespace kikan::revenue {

namespace {

core::Error layoutError(const QString &what)
{
    return {QString::fromLatin1(api::err::RevenueImportInvalid),
            QStringLiteral("コンビニ収納のファイル定義が正しくありません（%1）。").arg(what)};
}

QHash<QString, ConvenienceLayout> layoutsFromJson(const QByteArray &json)
{
    QHash<QString, ConvenienceLayout> out;
    const QJsonObject all = QJsonDocument::fromJson(json).object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key().startsWith(u'_'))
            continue;
        const auto layout = convenienceLayoutFromJson(it.value().toObject());
        if (!layout)
            throw std::runtime_error(layout.error().message.toStdString());
        out.insert(it.key(), *layout);
    }
    return out;
}

// The line's fields checked and read into a receipt line; the first fault as a message.
std::optional<QString> readLine(const QStringList &f, const ConvenienceLayout &layout,
                                ReceiptLine &line)
{
    auto field = [&](const char *name) { return f.value(layout.fields.value(QLatin1String(name))).trimmed(); };
    const QString kind = field("kind");
    if (!layout.kinds.contains(kind))
        return QStringLiteral("種別「%1」は取り込めません。").arg(kind);
    line.action = layout.kinds.value(kind).action;
    line.provisional = layout.kinds.value(kind).provisional;
    line.paidOn = QDate::fromString(field("paidOn"), QStringLiteral("yyyyMMdd"));
    if (!line.paidOn.isValid())
        return QStringLiteral("収納日「%1」が日付ではありません。").arg(field("paidOn"));
    const auto barcode = parseConvenienceBarcode(field("barcode"));
    if (!barcode)
        return barcode.error().message;
    bool ok = false;
    const qint64 yen = field("amount").toLongLong(&ok);
    if (!ok || yen < 0)
        return QStringLiteral("金額「%1」が数字ではありません。").arg(field("amount"));
    if (yen != barcode->amount.yen())
        return QStringLiteral("金額 %1円 がバーコードの金額 %2円 と違います。")
            .arg(yen).arg(barcode->amount.yen());
    line.amount = core::Money::ofYen(yen);
    line.barcode = *buildConvenienceBarcode(*barcode);
    // A 確報 or 取消 repeats its 速報's barcode, 収納日時 and store.
    line.reference = QStringList{line.barcode, field("paidOn") + field("paidAt"),
                                 field("agentCode"), field("shopCode")}.join(u':');
    return std::nullopt;
}

} // namespace

core::Result<ConvenienceLayout> convenienceLayoutFromJson(const QJsonObject &o)
{
    ConvenienceLayout l;
    l.name = o.value(QStringLiteral("name")).toString();
    l.encoding = o.value(QStringLiteral("encoding")).toString();
    l.header = o.value(QStringLiteral("header")).toBool();
    l.columns = o.value(QStringLiteral("columns")).toInt();
    const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
    for (const char *name : {"kind", "paidOn", "paidAt", "barcode", "amount", "agentCode", "shopCode"}) {
        const int column = fields.value(QLatin1String(name)).toInt(-1);
        if (column < 0 || column >= l.columns)
            return layoutError(QLatin1String(name));
        l.fields.insert(QLatin1String(name), column);
    }
    const QJsonObject kinds = o.value(QStringLiteral("kinds")).toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        const QString action = it.value()[QStringLiteral("action")].toString();
        ConvenienceKind k{action == u"confirm" ? LineAction::Confirm
                          : action == u"cancel" ? LineAction::Cancel : LineAction::Pay,
                          it.value()[QStringLiteral("provisional")].toBool()};
        if (action != u"pay" && action != u"confirm" && action != u"cancel")
            return layoutError(it.key());
        l.kinds.insert(it.key(), k);
    }
    if (l.encoding.isEmpty() || l.kinds.isEmpty())
        return layoutError(QStringLiteral("encoding, kinds"));
    return l;
}

const QHash<QString, ConvenienceLayout> &convenienceLayouts()
{
    static const QHash<QString, ConvenienceLayout> layouts =
        layoutsFromJson(revenueResource(QStringLiteral("convenience-layouts.json")));
    return layouts;
}

ParsedFile parseConvenienceFile(const QByteArray &bytes, const ConvenienceLayout &layout)
{
    ParsedFile out;
    const QList<QByteArray> lines = splitLines(bytes);
    if (lines.size() <= (layout.header ? 1 : 0))
        out.errors.append({0, QStringLiteral("収納データが1件もありません。")});
    for (qsizetype i = layout.header ? 1 : 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        auto fail = [&](const QString &message) {
            out.errors.append({lineNo, QStringLiteral("%1行目: %2").arg(lineNo).arg(message)});
        };
        const auto text = decodeStrict(lines.at(i), layout.encoding);
        if (!text) {
            fail(QStringLiteral("文字コードが%1ではありません。").arg(layout.encoding));
            continue;
        }
        const auto fields = splitCsv(*text);
        if (!fields || fields->size() != layout.columns) {
            fail(QStringLiteral("項目の数が%1ではありません（%2）。")
                     .arg(layout.columns).arg(fields ? fields->size() : 0));
            continue;
        }
        ReceiptLine line;
        line.lineNo = lineNo;
        if (const auto fault = readLine(*fields, layout, line))
            fail(*fault);
        else
            out.lines.append(line);
    }
    return out;
}

} // namespace kikan::revenue
