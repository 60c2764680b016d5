// Reading the area catalogue (resources/rights/catalogue.json) and naming areas and actions in the
// UI language. The kinds and the order are the file's; nothing here depends on positions.
#include "areas.h"

#include "client/net/user.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace kikan::client {

namespace {
bool g_english = false;

std::optional<AreaInfo::Kind> kindOf(const QString &text)
{
    if (text == QLatin1String("standard"))
        return AreaInfo::Kind::Business;
    if (text == QLatin1String("common"))
        return AreaInfo::Kind::Common;
    if (text == QLatin1String("system"))
        return AreaInfo::Kind::Platform;
    return std::nullopt;
}

// The fields areas and actions share.
template <typename Info>
void readNamed(const QJsonObject &o, Info &info)
{
    info.code = o.value(QStringLiteral("code")).toString();
    info.nameJa = o.value(QStringLiteral("name")).toString();
    info.nameEn = o.value(QStringLiteral("name_en")).toString();
    info.order = o.value(QStringLiteral("order")).toInt();
}

// Stable: equal orders keep the file's sequence.
template <typename Info>
void sortByOrder(QList<Info> &list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const Info &a, const Info &b) { return a.order < b.order; });
}

template <typename Info>
const Info *find(const QList<Info> &list, const QString &code)
{
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const Info &i) { return i.code == code; });
    return it == list.end() ? nullptr : &*it;
}

template <typename Info>
QString nameIn(const Info &info)
{
    const QString &name = g_english && !info.nameEn.isEmpty() ? info.nameEn : info.nameJa;
    return name.isEmpty() ? info.code : name;
}
} // namespace

QString AreaInfo::name() const
{
    return nameIn(*this);
}

QString ActionInfo::name() const
{
    return nameIn(*this);
}

AreaCatalogue AreaCatalogue::fromJson(const QByteArray &json)
{
    const QJsonObject doc = QJsonDocument::fromJson(json).object();
    AreaCatalogue c;
    for (const QJsonValue &v : doc.value(QStringLiteral("areas")).toArray()) {
        AreaInfo area;
        readNamed(v.toObject(), area);
        const QString kind = v.toObject().value(QStringLiteral("kind")).toString();
        const std::optional<AreaInfo::Kind> k = kindOf(kind);
        if (!k) {
            qWarning("area catalogue: area %s has an unknown kind \"%s\"; left out",
                     qPrintable(area.code), qPrintable(kind));
            continue;
        }
        area.kind = *k;
        c.m_areas.append(area);
    }
    for (const QJsonValue &v : doc.value(QStringLiteral("actions")).toArray()) {
        ActionInfo action;
        readNamed(v.toObject(), action);
        c.m_actions.append(action);
    }
    sortByOrder(c.m_areas);
    sortByOrder(c.m_actions);
    return c;
}

const AreaCatalogue &AreaCatalogue::instance()
{
    static const AreaCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/client/rights/catalogue.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("area catalogue :/client/rights/catalogue.json is missing from the build");
        return fromJson(file.readAll());
    }();
    return catalogue;
}

const AreaInfo *AreaCatalogue::area(const QString &code) const
{
    return find(m_areas, code);
}

const ActionInfo *AreaCatalogue::action(const QString &code) const
{
    return find(m_actions, code);
}

void setNameLanguage(const QString &language)
{
    g_english = language == QLatin1String("en");
}

const QList<AreaInfo> &allAreas()
{
    return AreaCatalogue::instance().areas();
}

const QList<ActionInfo> &allActions()
{
    return AreaCatalogue::instance().actions();
}

QString areaName(const QString &code)
{
    const AreaInfo *area = AreaCatalogue::instance().area(code);
    return area ? area->name() : code;
}

QString actionName(const QString &code)
{
    const ActionInfo *action = AreaCatalogue::instance().action(code);
    return action ? action->name() : code;
}

QList<AreaInfo> permittedAreas(const StaffUser &user)
{
    QList<AreaInfo> out;
    for (const AreaInfo &a : allAreas()) {
        if (user.hasAnyIn(a.code))
            out.append(a);
    }
    return out;
}

} // namespace kikan::client
