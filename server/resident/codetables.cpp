// Loading the 住民記録 code tables (codetables.h) from the compiled-in resources/resident/.
#include "codetables.h"

#include "shared/core/fiscalyear.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace kikan::resident {

namespace {
QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("resident code table %s is missing from the build", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QHash<QString, QString> codeNames(const QJsonArray &array)
{
    QHash<QString, QString> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.insert(o.value(QStringLiteral("code")).toString(),
                   o.value(QStringLiteral("name")).toString());
    }
    return out;
}

CodeEdition readEdition(const QJsonObject &o)
{
    CodeEdition e;
    e.json = o;
    e.fiscalYear = o.value(QStringLiteral("fiscalYear")).toInt();
    const QJsonObject rules = o.value(QStringLiteral("rules")).toObject();
    e.notificationPeriodDays = rules.value(QStringLiteral("notificationPeriodDays")).toInt(14);
    e.moveOutAdvanceDays = rules.value(QStringLiteral("moveOutAdvanceDays")).toInt(30);
    e.relationshipGenerations = rules.value(QStringLiteral("relationshipGenerations")).toInt(4);
    for (const QJsonValue &v : o.value(QStringLiteral("changeKinds")).toArray()) {
        const QJsonObject k = v.toObject();
        e.changeKinds.append({k.value(QStringLiteral("code")).toString(),
                              k.value(QStringLiteral("name")).toString(),
                              k.value(QStringLiteral("reason")).toString(),
                              k.value(QStringLiteral("notified")).toBool(),
                              k.value(QStringLiteral("article")).toString()});
    }
    e.relationships = codeNames(o.value(QStringLiteral("relationships")).toArray());
    e.sexes = codeNames(o.value(QStringLiteral("sexes")).toArray());
    e.article30_45Classes = codeNames(o.value(QStringLiteral("article30_45Classes")).toArray());
    e.protectionReasons = codeNames(o.value(QStringLiteral("protectionReasons")).toArray());
    return e;
}
} // namespace

const ChangeKindInfo *CodeEdition::changeKind(const QString &code) const
{
    for (const ChangeKindInfo &k : changeKinds) {
        if (k.code == code)
            return &k;
    }
    return nullptr;
}

bool CodeEdition::isRelationship(const QString &codes) const
{
    if (codes.isEmpty() || codes.size() % 2 != 0)
        return false;
    for (qsizetype i = 0; i < codes.size(); i += 2) {
        if (!relationships.contains(codes.mid(i, 2)))
            return false;
    }
    return true;
}

QString CodeEdition::relationshipText(const QString &codes) const
{
    QStringList parts;
    for (qsizetype i = 0; i + 1 < codes.size(); i += 2)
        parts << relationships.value(codes.mid(i, 2));
    return parts.join(QChar(0x306E)); // の: 妻の子
}

const CodeTables &CodeTables::instance()
{
    static const CodeTables tables;
    return tables;
}

CodeTables::CodeTables()
{
    const QJsonObject codes = readJson(QStringLiteral(":/resident/codes.json"));
    for (const QJsonValue &v : codes.value(QStringLiteral("editions")).toArray())
        m_editions.append(readEdition(v.toObject()));
    if (m_editions.isEmpty())
        qFatal("resident code table codes.json has no edition");
    std::sort(m_editions.begin(), m_editions.end(),
              [](const CodeEdition &a, const CodeEdition &b) {
                  return a.fiscalYear < b.fiscalYear;
              });
    m_areasJson = readJson(QStringLiteral(":/resident/town-areas.json"));
    m_municipality = m_areasJson.value(QStringLiteral("prefecture")).toString()
                     + m_areasJson.value(QStringLiteral("municipality")).toString();
    for (const QJsonValue &v : m_areasJson.value(QStringLiteral("areas")).toArray()) {
        const QJsonObject a = v.toObject();
        m_areas.append({a.value(QStringLiteral("code")).toString(),
                        a.value(QStringLiteral("name")).toString(),
                        a.value(QStringLiteral("kana")).toString()});
    }
}

const CodeEdition &CodeTables::on(QDate date) const
{
    const int year = core::FiscalYear::containing(date.isValid() ? date : QDate(2100, 1, 1))
                         .startYear();
    const CodeEdition *found = &m_editions.first();
    for (const CodeEdition &e : m_editions) {
        if (e.fiscalYear <= year)
            found = &e;
    }
    return *found;
}

const TownArea *CodeTables::townArea(const QString &code) const
{
    for (const TownArea &a : m_areas) {
        if (a.code == code)
            return &a;
    }
    return nullptr;
}

} // namespace kikan::resident
