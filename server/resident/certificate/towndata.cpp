// The town's data on certificates, read from resources/town/town.json (format: docs/forms.md).
#include "certificaterequest.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace kikan::resident {

TownData TownData::load(const QString &path)
{
    TownData town;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return town;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    town.prefecture = root.value(QStringLiteral("prefecture")).toString();
    town.municipality = root.value(QStringLiteral("municipality")).toString();
    town.municipalityCode = root.value(QStringLiteral("municipalityCode")).toString();
    town.townAreaPrefix = root.value(QStringLiteral("townAreaPrefix")).toString();
    const QJsonObject issuer = root.value(QStringLiteral("issuer")).toObject();
    town.issuerTitle = issuer.value(QStringLiteral("title")).toString();
    town.issuerName = issuer.value(QStringLiteral("name")).toString();
    const QJsonObject texts = root.value(QStringLiteral("certificationTexts")).toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it)
        town.certificationTexts.insert(it.key(), it.value().toString());
    return town;
}

} // namespace kikan::resident
