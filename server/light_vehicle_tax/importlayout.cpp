// Import layouts and the pure reading of an import file (importlayout.h).
#include "importlayout.h"

#include "server/core/failure.h"
#include "shared/api/light_vehicle_tax/errors.h"
#include "shared/core/dateinput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <variant>

namespace kikan::light_vehicle_tax {

const QList<ImportLayout> &ImportLayout::builtIn()
{
    static const QList<ImportLayout> layouts = [] {
        QFile file(QStringLiteral(":/light_vehicle_tax/import-layouts.json"));
        file.open(QIODevice::ReadOnly);
        QList<ImportLayout> out;
        for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll())[QLatin1String("layouts")].toArray()) {
            ImportLayout l;
            l.name = v[QLatin1String("name")].toString();
            l.label = v[QLatin1String("label")].toString();
            l.encoding = v[QLatin1String("encoding")].toString(QStringLiteral("UTF-8"));
            l.header = v[QLatin1String("header")].toBool(true);
            const QString delimiter = v[QLatin1String("delimiter")].toString(QStringLiteral(","));
            l.delimiter = delimiter.isEmpty() ? QLatin1Char(',') : delimiter.at(0);
            l.recordLength = v[QLatin1String("recordLength")].toInt();
            for (const QJsonValue &f : v[QLatin1String("fields")].toArray()) {
                l.columns.insert(f[QLatin1String("name")].toString(), int(l.slices.size()));
                l.slices.append({f[QLatin1String("start")].toInt(), f[QLatin1String("length")].toInt()});
            }
            const QJsonObject columns = v[QLatin1String("columns")].toObject();
            for (auto it = columns.begin(); it != columns.end(); ++it)
                l.columns.insert(it.key(), it.value().toInt());
            const QJsonObject kinds = v[QLatin1String("kinds")].toObject();
            for (auto it = kinds.begin(); it != kinds.end(); ++it)
                l.kinds.insert(it.key(), it.value().toString());
            out.append(l);
        }
        return out;
    }();
    return layouts;
}

const ImportLayout *ImportLayout::named(const QString &name)
{
    for (const ImportLayout &l : builtIn()) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}

namespace {
// One CSV line: fields split at the delimiter outside double quotes ("" is a quote).
std::optional<QStringList> splitLine(const QString &text, QChar delimiter)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
            field += c;
            ++i;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == delimiter && !quoted) {
            out << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    out << field.trimmed();
    return out;
}

struct LineReader {
    const ImportLayout &layout;
    const QStringList &fields;
    int line;
    QList<ImportError> &errors;

    QString text(const char *name) const
    {
        const int column = layout.columns.value(QString::fromLatin1(name), -1);
        return column < 0 ? QString() : fields.value(column);
    }
    void error(const char *field, const QString &message) const
    {
        errors.append({line, QString::fromLatin1(field), message});
    }
};

ImportLine mapLine(const LineReader &r)
{
    ImportLine out;
    out.line = r.line;
    out.kind = r.layout.kinds.value(r.text("kind"));
    if (out.kind.isEmpty())
        r.error("kind", QStringLiteral("異動区分「%1」は様式にありません。").arg(r.text("kind")));
    const auto date = core::parseDate(r.text("effectiveDate"));
    if (date.ok())
        out.effectiveDate = date.value().date;
    else
        r.error("effectiveDate", QStringLiteral("異動日: %1").arg(date.error().message));
    VehicleInput &in = out.input;
    in.plateNo = r.text("plateNo");
    in.facts.vehicleClass = r.text("vehicleClass");
    in.facts.use = r.text("use");
    in.facts.body = r.text("body");
    const QString first = r.text("firstInspection");
    if (!first.isEmpty()) {
        if (const auto ym = YearMonth::parse(first))
            in.facts.firstInspection = *ym;
        else
            r.error("firstInspection", QStringLiteral("初度検査年月「%1」が読めません（2015-04 または 2015）。").arg(first));
    }
    in.chassisNo = r.text("chassisNo");
    in.facts.power = r.text("power");
    const QString owner = r.text("ownerPartyNo");
    bool ok = true;
    if (!owner.isEmpty())
        in.ownerPartyNo = owner.toLongLong(&ok);
    if (!ok)
        r.error("ownerPartyNo", QStringLiteral("所有者の宛名番号「%1」が数字ではありません。").arg(owner));
    in.storagePlace = r.text("storagePlace");
    in.previousTown = r.text("previousTown");
    in.reason = r.text("reason");
    return out;
}
} // namespace

// One fixed-length record cut into its fields and decoded field by field; an error message, or
// the fields.
static std::variant<QString, QStringList> cutRecord(const ImportLayout &layout, const QByteArray &record)
{
    if (record.size() != layout.recordLength) {
        return QStringLiteral("レコード長が %1 バイトではありません（%2 バイト）。")
            .arg(layout.recordLength).arg(record.size());
    }
    QStringList fields;
    for (const ImportLayout::Slice &s : layout.slices) {
        // Stateless: a lead byte at the end of the field is an error, not state for the next call.
        QStringDecoder decoder(layout.encoding.toLatin1().constData(), QStringConverter::Flag::Stateless);
        const QString text = decoder.decode(record.mid(s.start, s.length));
        if (!decoder.isValid() || decoder.hasError()) {
            return QStringLiteral("%1 バイト目からの項目が文字コード %2 として読めません（2 バイト文字の途中で切れています）。")
                .arg(s.start + 1).arg(layout.encoding);
        }
        QString t = text;
        while (!t.isEmpty() && (t.back() == QLatin1Char(' ') || t.back() == QChar(0x3000)))
            t.chop(1);
        while (!t.isEmpty() && (t.front() == QLatin1Char(' ') || t.front() == QChar(0x3000)))
            t.remove(0, 1);
        fields.append(t);
    }
    return fields;
}

ReadFile readImportFile(const ImportLayout &layout, const QByteArray &bytes)
{
    ReadFile out;
    const QList<QByteArray> raw = bytes.split('\n');
    for (int i = 0; i < raw.size(); ++i) {
        const int line = i + 1;
        QByteArray b = raw[i];
        if (b.endsWith('\r'))
            b.chop(1);
        if (b.trimmed().isEmpty() || (layout.header && i == 0))
            continue;
        if (layout.recordLength > 0) {
            const auto cut = cutRecord(layout, b);
            if (const QString *error = std::get_if<QString>(&cut)) {
                out.errors.append({line, {}, *error});
                continue;
            }
            const int before = int(out.errors.size());
            const ImportLine mapped = mapLine({layout, std::get<QStringList>(cut), line, out.errors});
            if (out.errors.size() == before)
                out.lines.append(mapped);
            continue;
        }
        QStringDecoder decoder(layout.encoding.toLatin1().constData());
        const QString text = decoder.decode(b);
        if (!decoder.isValid() || decoder.hasError()) {
            out.errors.append({line, {}, QStringLiteral("文字コード %1 として読めません。ファイルの文字コードを確かめてください。")
                                             .arg(layout.encoding)});
            continue;
        }
        const std::optional<QStringList> fields = splitLine(text, layout.delimiter);
        if (!fields) {
            out.errors.append({line, {}, QStringLiteral("引用符 \" が閉じていません。")});
            continue;
        }
        const int before = int(out.errors.size());
        const ImportLine mapped = mapLine({layout, *fields, line, out.errors});
        if (out.errors.size() == before)
            out.lines.append(mapped);
    }
    return out;
}

} // namespace kikan::light_vehicle_tax
