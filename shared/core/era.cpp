// 元号 table loaded from resources/codes/eras.json (see era.h).
#include "shared/core/era.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kikan::core {
namespace {

QList<Era> loadEras()
{
    QFile file(QStringLiteral(":/kikan/codes/eras.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("eras.json: not found in the resources of kikan-shared");
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        qFatal("eras.json: %s", qPrintable(parseError.errorString()));
    QList<Era> out;
    for (const QJsonValue &v : doc.object().value(QLatin1String("eras")).toArray()) {
        const QJsonObject o = v.toObject();
        Era era{o.value(QLatin1String("code")).toInt(), o.value(QLatin1String("name")).toString(),
                o.value(QLatin1String("abbreviation")).toString(),
                o.value(QLatin1String("kanji")).toString(),
                QDate::fromString(o.value(QLatin1String("start")).toString(), Qt::ISODate)};
        if (era.code <= 0 || era.name.isEmpty() || era.abbreviation.isEmpty() ||
            !era.start.isValid() || (!out.isEmpty() && out.last().start >= era.start))
            qFatal("eras.json: bad or unordered entry %s", qPrintable(era.name));
        out.append(era);
    }
    if (out.isEmpty())
        qFatal("eras.json: no eras");
    return out;
}

} // namespace

const QList<Era> &eras()
{
    static const QList<Era> table = loadEras();
    return table;
}

const Era *eraOn(QDate date)
{
    const Era *found = nullptr;
    for (const Era &era : eras()) {
        if (era.start <= date)
            found = &era;
    }
    return date.isValid() ? found : nullptr;
}

const Era *nextEra(const Era &era)
{
    const QList<Era> &all = eras();
    for (qsizetype i = 0; i + 1 < all.size(); ++i) {
        if (all.at(i).code == era.code)
            return &all.at(i + 1);
    }
    return nullptr;
}

const Era *eraByCode(int code)
{
    for (const Era &era : eras()) {
        if (era.code == code)
            return &era;
    }
    return nullptr;
}

const Era *eraByName(const QString &nameOrKanji)
{
    for (const Era &era : eras()) {
        if (era.name == nameOrKanji || era.kanji == nameOrKanji)
            return &era;
    }
    return nullptr;
}

const Era *eraByAbbreviation(const QString &abbreviation)
{
    for (const Era &era : eras()) {
        if (era.abbreviation.compare(abbreviation, Qt::CaseInsensitive) == 0)
            return &era;
    }
    return nullptr;
}

} // namespace kikan::core
