// Filled pages as JSON (pagejson.h). QJsonObject keeps keys sorted: the same pages always give the
// same text (pagedigest.cpp hashes pageToJson without images).
#include "pagejson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace kikan::forms {

namespace {
constexpr int kVersion = 1;

QJsonObject valuesToJson(const Values &values, const QStringList &leaveOut)
{
    QJsonObject o;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!leaveOut.contains(it.key()))
            o.insert(it.key(), it.value());
    }
    return o;
}

QString digestOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

core::Error invalid(const QString &where)
{
    return core::Error{QString::fromLatin1(err::PagesInvalid),
                       QStringLiteral("ページデータの %1 が読めません").arg(where)};
}

// Every member a string; false otherwise.
bool valuesFromJson(const QJsonObject &o, Values &out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            return false;
        out.insert(it.key(), it.value().toString());
    }
    return true;
}

std::optional<core::Error> pageFromJson(const QJsonObject &o, const QString &where, PageData &page)
{
    if (!valuesFromJson(o.value(QStringLiteral("values")).toObject(), page.values))
        return invalid(where + QStringLiteral(".values"));
    const QJsonObject rows = o.value(QStringLiteral("rows")).toObject();
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (!it.value().isArray())
            return invalid(where + QStringLiteral(".rows.") + it.key());
        QList<Values> list;
        for (const QJsonValue &row : it.value().toArray()) {
            Values v;
            if (!row.isObject() || !valuesFromJson(row.toObject(), v))
                return invalid(where + QStringLiteral(".rows.") + it.key());
            list.append(v);
        }
        page.rows.insert(it.key(), list);
    }
    const QJsonObject images = o.value(QStringLiteral("images")).toObject();
    for (auto it = images.begin(); it != images.end(); ++it) {
        const auto bytes = QByteArray::fromBase64Encoding(it.value().toString().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
        if (!it.value().isString() || !bytes)
            return invalid(where + QStringLiteral(".images.") + it.key());
        page.images.insert(it.key(), *bytes);
    }
    return std::nullopt;
}
} // namespace

QJsonObject pageToJson(const PageData &page, const QStringList &leaveOut, bool withImages)
{
    QJsonObject rows;
    for (auto it = page.rows.begin(); it != page.rows.end(); ++it) {
        QJsonArray list;
        for (const Values &row : it.value())
            list.append(valuesToJson(row, leaveOut));
        rows.insert(it.key(), list);
    }
    QJsonObject o{{QStringLiteral("values"), valuesToJson(page.values, leaveOut)},
                  {QStringLiteral("rows"), rows}};
    if (withImages) {
        QJsonObject images;
        for (auto it = page.images.begin(); it != page.images.end(); ++it)
            images.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
        o.insert(QStringLiteral("images"), images);
    }
    return o;
}

QJsonObject pageSetToJson(const PageSet &set)
{
    QJsonArray pages;
    for (const PageData &page : set.pages)
        pages.append(pageToJson(page));
    return {{QStringLiteral("format"), QStringLiteral("kikan-pages")},
            {QStringLiteral("version"), kVersion},
            {QStringLiteral("layout"), set.layout},
            {QStringLiteral("layoutDigest"), set.layoutDigest},
            {QStringLiteral("pages"), pages}};
}

core::Result<PageSet> pageSetFromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("kikan-pages")
        || json.value(QStringLiteral("version")).toInt() != kVersion) {
        return invalid(QStringLiteral("format/version"));
    }
    PageSet set;
    set.layout = json.value(QStringLiteral("layout")).toString();
    set.layoutDigest = json.value(QStringLiteral("layoutDigest")).toString();
    // A file name under the forms folder, nothing else (no path from the network).
    if (set.layout.isEmpty() || set.layout.contains(QLatin1Char('/'))
        || set.layout.contains(QLatin1Char('\\')) || set.layout.startsWith(QLatin1Char('.'))) {
        return invalid(QStringLiteral("layout"));
    }
    const QJsonArray pages = json.value(QStringLiteral("pages")).toArray();
    if (pages.isEmpty())
        return invalid(QStringLiteral("pages"));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        PageData page;
        if (auto error = pageFromJson(pages.at(i).toObject(),
                                      QStringLiteral("pages[%1]").arg(i), page))
            return *error;
        set.pages.append(page);
    }
    return set;
}

PageSet pageSetOf(const QString &layoutPath, const QList<PageData> &pages)
{
    QFile file(layoutPath);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    return PageSet{QFileInfo(layoutPath).fileName(), digestOf(bytes), pages};
}

core::Result<FormLayout> layoutOf(const PageSet &set, const QString &formsDir)
{
    const QString path = formsDir + set.layout;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FormLayout::load(path); // its error names the file
    const QByteArray bytes = file.readAll();
    core::Result<FormLayout> layout = FormLayout::fromJson(bytes, path);
    if (!layout.ok())
        return layout;
    if (digestOf(bytes) != set.layoutDigest) {
        return core::Error{QString::fromLatin1(err::LayoutMismatch),
                           QStringLiteral("帳票様式 %1 がサーバーのものと異なります（クライアントの"
                                          "版を確認してください）").arg(set.layout)};
    }
    return layout;
}

} // namespace kikan::forms
