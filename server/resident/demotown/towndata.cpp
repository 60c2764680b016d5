// Loading resources/demotown/ (compiled in under :/kikan/demotown/, or from a folder named by a
// configuration file). Every MJ-only family name is checked against the MJ table on load.
#include "towndata.h"

#include "random.h"
#include "shared/moji/charset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <stdexcept>

namespace kikan::resident::demotown {

namespace {

[[noreturn]] void fail(const QString &what)
{
    throw std::runtime_error(("デモの町のデータ: " + what).toStdString());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(path + " を読めません");
    return file.readAll();
}

// Rows of a TSV file without comments and without its header line.
std::vector<QStringList> readTsv(const QString &path, int columns, bool header = true)
{
    std::vector<QStringList> rows;
    int lineNo = 0;
    bool seenHeader = !header;
    for (const QString &line : QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'))) {
        ++lineNo;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (!seenHeader) {
            seenHeader = true;
            continue;
        }
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() < columns)
            fail(QStringLiteral("%1:%2 の列が足りません").arg(path).arg(lineNo));
        rows.push_back(cells);
    }
    return rows;
}

// A family name whose characters are all in the MJ set, and at least one has no common form.
void checkMjName(const QString &name)
{
    if (!moji::outsideStandardSet(name).isEmpty())
        fail(name + " に標準文字（MJ）でない文字があります");
}


// The municipality, defaults, population rates and shares of config.json.
void readConfig(TownData &d, const QJsonObject &o, const QString &config)
{
    const QJsonObject m = o.value(QStringLiteral("municipality")).toObject();
    d.prefecture = m.value(QStringLiteral("prefecture")).toString();
    d.county = m.value(QStringLiteral("county")).toString();
    d.municipality = m.value(QStringLiteral("name")).toString();
    d.municipalityCode = m.value(QStringLiteral("code")).toString();
    const QJsonObject def = o.value(QStringLiteral("defaults")).toObject();
    d.defaultResidents = def.value(QStringLiteral("residents")).toInt(16000);
    d.defaultYears = def.value(QStringLiteral("years")).toInt(5);
    d.defaultSeed = def.value(QStringLiteral("seed")).toInt(1);
    d.defaultAsOf = QDate::fromString(def.value(QStringLiteral("asOf")).toString(), Qt::ISODate);
    for (const QJsonValue &band : o.value(QStringLiteral("ageBands")).toArray())
        d.ageBands.push_back({band.toArray().at(0).toDouble(), band.toArray().at(1).toDouble()});
    for (const QJsonValue &q : o.value(QStringLiteral("mortality")).toArray())
        d.mortality.push_back(q.toDouble());
    if (d.ageBands.empty() || d.mortality.size() != d.ageBands.size())
        fail(config + ": ageBands と mortality の帯の数が合いません");
    const QJsonObject r = o.value(QStringLiteral("rates")).toObject();
    d.births = r.value(QStringLiteral("births")).toDouble(d.births);
    d.deaths = r.value(QStringLiteral("deaths")).toDouble(d.deaths);
    d.moveIn = r.value(QStringLiteral("moveIn")).toDouble(d.moveIn);
    d.moveOut = r.value(QStringLiteral("moveOut")).toDouble(d.moveOut);
    d.moveWithin = r.value(QStringLiteral("moveWithin")).toDouble(d.moveWithin);
    const auto number = [&](const char *key, double &value) {
        value = o.value(QLatin1String(key)).toDouble(value);
    };
    number("moveOutWholeHousehold", d.moveOutWholeHousehold);
    number("foreignShare", d.foreignShare);
    number("foreignMoveInShare", d.foreignMoveInShare);
    number("mjShare", d.mjShare);
    number("sexRatioAtBirth", d.sexRatioAtBirth);
    for (const QJsonValue &w : o.value(QStringLiteral("moveInSizes")).toArray())
        d.moveInSizes.push_back(w.toDouble());
    if (d.moveInSizes.empty())
        d.moveInSizes = {1};
    const QJsonObject kinds = o.value(QStringLiteral("householdTypes")).toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        d.householdKinds << it.key();
        d.householdWeights.push_back(it.value().toDouble());
    }
}

// 町字 (town-areas.tsv) with the former towns' postal codes from config.json.
void readAreas(TownData &d, const QString &file, const QJsonObject &postal)
{
    for (const QStringList &c : readTsv(file, 6))
        d.areas.push_back({c[0], c[1], c[2], c[3], c[4], c[5].toDouble()});
    for (TownArea &a : d.areas) {
        if (a.postalCode.isEmpty())
            a.postalCode = postal.value(a.formerTown).toString();
        d.areaWeights.push_back(a.weight);
    }
}

// 氏 (family-names.tsv; MJ-only names apart) and 名 by decade and sex (given-names.tsv).
void readNames(TownData &d, const QString &familyFile, const QString &givenFile)
{
    for (const QStringList &c : readTsv(familyFile, 4)) {
        Name n{c[0], c[1], c[2].toDouble(), c[3] == QLatin1String("1")};
        if (n.mjOnly) {
            checkMjName(n.text);
            d.mjFamilyNames.push_back(n);
            d.mjFamilyWeights.push_back(n.weight);
        } else {
            d.familyNames.push_back(n);
            d.familyWeights.push_back(n.weight);
        }
    }
    for (const QStringList &c : readTsv(givenFile, 5)) {
        const int decade = c[0].toInt(), sex = c[1].toInt() - 1;
        if (sex < 0 || sex > 1 || decade < d.firstDecade)
            fail(givenFile + ": " + c.join(QLatin1Char(' ')));
        auto &byDecade = d.givenNames[sex];
        const size_t i = size_t((decade - d.firstDecade) / 10);
        if (byDecade.size() <= i)
            byDecade.resize(i + 1);
        byDecade[i].names.push_back({c[2], c[3], c[4].toDouble(), false});
    }
    for (auto &byDecade : d.givenNames) {
        for (GivenNames &g : byDecade) {
            if (g.names.empty())
                fail(givenFile + ": 名のない年代があります");
            std::vector<double> w;
            for (const Name &n : g.names)
                w.push_back(n.weight);
            g.cumulative = cumulative(w);
        }
    }
}

// 外国人住民 types and names (foreign-residents.tsv) and previous addresses (places.tsv).
void readForeignersAndPlaces(TownData &d, const QString &foreignFile, const QString &placesFile)
{
    for (const QStringList &c : readTsv(foreignFile, 6, false)) {
        if (c[0] == QLatin1String("type")) {
            d.foreignTypes.push_back({c[1], c[2], c[3], c[4], c[5].toDouble()});
            d.foreignTypeWeights.push_back(c[5].toDouble());
        } else if (c[0] == QLatin1String("name") && c.size() >= 7) {
            d.foreignNames.push_back({c[1], c[2], c[3], c[4], c[5], c[6]});
        }
    }
    for (const QStringList &c : readTsv(placesFile, 3)) {
        const bool abroad = c[0] == QLatin1String("abroad");
        (abroad ? d.abroadPlaces : d.domesticPlaces).push_back(int(d.places.size()));
        (abroad ? d.abroadWeights : d.domesticWeights).push_back(c[2].toDouble());
        d.places.push_back({c[1], abroad, c[2].toDouble()});
    }
}
} // namespace

const GivenNames &TownData::given(int birthYear, int sexIndex) const
{
    const auto &byDecade = givenNames[sexIndex];
    const int i = std::clamp((birthYear - firstDecade) / 10, 0, int(byDecade.size()) - 1);
    return byDecade[i];
}

QString TownData::addressPrefix(const TownArea &area) const
{
    return prefecture + county + municipality + QStringLiteral("大字") + area.name;
}

TownData TownData::load(const QString &configFile)
{
    TownData d;
    const QString config = configFile.isEmpty() ? QStringLiteral(":/kikan/demotown/config.json")
                                                : configFile;
    const QJsonObject o = QJsonDocument::fromJson(readAll(config)).object();
    if (o.isEmpty())
        fail(config + " は JSON のオブジェクトではありません");
    QString dir = QFileInfo(config).path();
    if (o.contains(QStringLiteral("dataDir")))
        dir = QFileInfo(config).dir().filePath(o.value(QStringLiteral("dataDir")).toString());
    const auto file = [&](const char *name) { return dir + QLatin1Char('/') + QLatin1String(name); };
    readConfig(d, o, config);
    readAreas(d, file("town-areas.tsv"), o.value(QStringLiteral("formerTownPostalCodes")).toObject());
    readNames(d, file("family-names.tsv"), file("given-names.tsv"));
    readForeignersAndPlaces(d, file("foreign-residents.tsv"), file("places.tsv"));
    if (d.areas.empty() || d.familyNames.empty() || d.foreignTypes.empty()
        || d.foreignNames.empty() || d.domesticPlaces.empty() || d.abroadPlaces.empty())
        fail(dir + ": 町字・氏・外国人・住所の表のどれかが空です");
    return d;
}

} // namespace kikan::resident::demotown
