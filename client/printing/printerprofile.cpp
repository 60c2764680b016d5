// Printer profiles as JSON and in the terminal's settings (printerprofile.h).
#include "printerprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSettings>

namespace kikan::client {

namespace {
const char kSettingsKey[] = "printing/profiles";
const char kFormat[] = "kikan-printer-profiles";

core::Error invalid(const QString &what)
{
    return {QString::fromLatin1(err::ProfileInvalid),
            QStringLiteral("プリンタ設定が正しくありません（%1）。").arg(what)};
}

bool within(double value, double low, double high) { return value >= low && value <= high; }

std::optional<core::Error> checkAdjustment(const QString &form, const FormAdjustment &a)
{
    if (std::abs(a.xTenthMm) > kMaxOffsetTenthMm || std::abs(a.yTenthMm) > kMaxOffsetTenthMm)
        return invalid(QStringLiteral("%1 の位置調整は ±20.0 mm までです").arg(form));
    if (!within(a.scalePermille, kMinScalePermille, kMaxScalePermille))
        return invalid(QStringLiteral("%1 の拡大縮小は 90〜110% です").arg(form));
    return std::nullopt;
}

std::optional<PrinterKind> kindOf(const QString &name)
{
    for (PrinterKind k : {PrinterKind::Counter, PrinterKind::Sheet, PrinterKind::Continuous}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}
} // namespace

forms::PrintOffset PrinterProfile::offsetFor(const QString &form) const
{
    const FormAdjustment a = adjustments.value(form);
    return {a.xTenthMm / 10.0, a.yTenthMm / 10.0, a.scalePermille / 1000.0};
}

QString kindName(PrinterKind kind)
{
    switch (kind) {
    case PrinterKind::Counter: return QStringLiteral("counter");
    case PrinterKind::Sheet: return QStringLiteral("sheet");
    case PrinterKind::Continuous: return QStringLiteral("continuous");
    }
    return {};
}

QJsonObject profileToJson(const PrinterProfile &p)
{
    QJsonObject forms;
    for (auto it = p.adjustments.begin(); it != p.adjustments.end(); ++it) {
        forms.insert(it.key(), QJsonObject{{QStringLiteral("x"), it->xTenthMm},
                                           {QStringLiteral("y"), it->yTenthMm},
                                           {QStringLiteral("scale"), it->scalePermille}});
    }
    QJsonObject o{{QStringLiteral("name"), p.name},
                  {QStringLiteral("kind"), kindName(p.kind)},
                  {QStringLiteral("printer"), p.printerName},
                  {QStringLiteral("tray"), p.tray},
                  {QStringLiteral("duplex"), p.duplex},
                  {QStringLiteral("dpi"), p.dpi},
                  {QStringLiteral("forms"), forms}};
    if (p.kind == PrinterKind::Continuous) {
        o.insert(QStringLiteral("paperWidthInch"), p.paperWidthInch);
        o.insert(QStringLiteral("paperLengthInch"), p.paperLengthInch);
    }
    return o;
}

core::Result<PrinterProfile> profileFromJson(const QJsonObject &o)
{
    PrinterProfile p;
    p.name = o.value(QStringLiteral("name")).toString().trimmed();
    if (p.name.isEmpty())
        return invalid(QStringLiteral("名前がありません"));
    const std::optional<PrinterKind> kind = kindOf(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return invalid(QStringLiteral("%1 の種類は counter・sheet・continuous のいずれかです").arg(p.name));
    p.kind = *kind;
    p.printerName = o.value(QStringLiteral("printer")).toString();
    p.tray = o.value(QStringLiteral("tray")).toString();
    p.duplex = o.value(QStringLiteral("duplex")).toBool();
    p.dpi = o.value(QStringLiteral("dpi")).toInt();
    if (p.dpi != 0 && !within(p.dpi, 150, 1200))
        return invalid(QStringLiteral("%1 の解像度は 150〜1200 dpi です").arg(p.name));
    if (p.kind == PrinterKind::Continuous) {
        p.paperWidthInch = o.value(QStringLiteral("paperWidthInch")).toDouble();
        p.paperLengthInch = o.value(QStringLiteral("paperLengthInch")).toDouble();
        // RICOH Pro F2110Y: fanfold 6.5–16 inch wide, 7–14 inch long.
        if (!within(p.paperWidthInch, 6.5, 16) || !within(p.paperLengthInch, 7, 14))
            return invalid(QStringLiteral("%1 の連帳用紙は幅 6.5〜16 インチ、長さ 7〜14 インチです").arg(p.name));
    }
    const QJsonObject forms = o.value(QStringLiteral("forms")).toObject();
    for (auto it = forms.begin(); it != forms.end(); ++it) {
        const QJsonObject f = it->toObject();
        const FormAdjustment a{f.value(QStringLiteral("x")).toInt(),
                               f.value(QStringLiteral("y")).toInt(),
                               f.value(QStringLiteral("scale")).toInt(1000)};
        if (auto e = checkAdjustment(it.key(), a))
            return *e;
        p.adjustments.insert(it.key(), a);
    }
    return p;
}

QByteArray exportProfiles(const QList<PrinterProfile> &profiles)
{
    QJsonArray all;
    for (const PrinterProfile &p : profiles)
        all.append(profileToJson(p));
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QLatin1String(kFormat)},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("profiles"), all}})
        .toJson(QJsonDocument::Indented);
}

core::Result<QList<PrinterProfile>> importProfiles(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || doc.object().value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        return invalid(QStringLiteral("Kikan のプリンタ設定ファイルではありません"));
    }
    if (doc.object().value(QStringLiteral("version")).toInt() != 1)
        return invalid(QStringLiteral("この版の Kikan では読めない形式です"));
    QList<PrinterProfile> out;
    QSet<QString> names;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("profiles")).toArray()) {
        core::Result<PrinterProfile> p = profileFromJson(v.toObject());
        if (!p)
            return p.error();
        if (names.contains(p->name))
            return invalid(QStringLiteral("名前 %1 が重複しています").arg(p->name));
        names.insert(p->name);
        out.append(*p);
    }
    return out;
}

QList<PrinterProfile> loadProfiles()
{
    const core::Result<QList<PrinterProfile>> stored =
        importProfiles(QSettings().value(QLatin1String(kSettingsKey)).toByteArray());
    return stored ? *stored : QList<PrinterProfile>();
}

void saveProfiles(const QList<PrinterProfile> &profiles)
{
    QSettings().setValue(QLatin1String(kSettingsKey), exportProfiles(profiles));
}

} // namespace kikan::client
