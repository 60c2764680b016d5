// Loading the rights catalogue (resources/rights/catalogue.json; see rightscatalogue.h).
#include "rightscatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace kikan::auth {

namespace {
QList<CatalogueEntry> readEntries(const QJsonArray &array)
{
    QList<CatalogueEntry> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("code")).toString(),
                    o.value(QStringLiteral("name")).toString(),
                    o.value(QStringLiteral("order")).toInt()});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const CatalogueEntry &a, const CatalogueEntry &b) {
                         return a.order < b.order;
                     });
    return out;
}

QJsonArray toArray(const QList<CatalogueEntry> &entries)
{
    QJsonArray out;
    for (const CatalogueEntry &e : entries)
        out.append(QJsonObject{{QStringLiteral("code"), e.code}, {QStringLiteral("name"),
                                                                  e.name}});
    return out;
}
} // namespace

const RightsCatalogue &RightsCatalogue::instance()
{
    static const RightsCatalogue catalogue;
    return catalogue;
}

RightsCatalogue::RightsCatalogue()
{
    QFile file(QStringLiteral(":/rights/catalogue.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("rights catalogue :/rights/catalogue.json is missing from the build");
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    m_areas = readEntries(doc.value(QStringLiteral("areas")).toArray());
    m_actions = readEntries(doc.value(QStringLiteral("actions")).toArray());
}

bool RightsCatalogue::isKnown(const QString &right) const
{
    const QString area = right.section(QLatin1Char(':'), 0, 0);
    const QString action = right.section(QLatin1Char(':'), 1);
    auto has = [](const QList<CatalogueEntry> &list, const QString &code) {
        return std::any_of(list.begin(), list.end(),
                           [&](const CatalogueEntry &e) { return e.code == code; });
    };
    return has(m_areas, area) && has(m_actions, action);
}

QJsonObject RightsCatalogue::toJson() const
{
    return {{QStringLiteral("areas"), toArray(m_areas)},
            {QStringLiteral("actions"), toArray(m_actions)}};
}

} // namespace kikan::auth
