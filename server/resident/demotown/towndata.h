// The data the demo town is made from (resources/demotown/: 町字, names, foreign residents, places,
// and config.json with the age pyramid, rates and household kinds). Loaded once per generation.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>

#include <vector>

namespace kikan::resident::demotown {

struct TownArea {
    QString code, name, kana, formerTown, postalCode;
    double weight = 1;
};
struct Name {
    QString text, kana;
    double weight = 1;
    bool mjOnly = false;
};
struct GivenNames {
    std::vector<Name> names;
    std::vector<double> cumulative;
};
struct ForeignType {
    QString nationality, status, period, article30_45Class;
    double weight = 1;
};
struct ForeignName {
    QString nationality, family, given, familyKana, givenKana, sex;
};
struct Place {
    QString address;
    bool abroad = false;
    double weight = 1;
};

struct TownData {
    QString prefecture, county, municipality, municipalityCode;
    std::vector<TownArea> areas;
    std::vector<double> areaWeights;
    std::vector<Name> familyNames;      // common forms
    std::vector<Name> mjFamilyNames;    // forms with MJ-only characters / IVS
    std::vector<double> familyWeights, mjFamilyWeights;
    // givenNames[decadeIndex][sex 0 男 / 1 女]; decades from firstDecade in steps of 10.
    std::vector<GivenNames> givenNames[2];
    int firstDecade = 1920;
    std::vector<ForeignType> foreignTypes;
    std::vector<double> foreignTypeWeights;
    std::vector<ForeignName> foreignNames;
    std::vector<Place> places;
    std::vector<double> domesticWeights, abroadWeights;
    std::vector<int> domesticPlaces, abroadPlaces;
    // Age pyramid: 5-year bands (last = 100+), per mille, [band][sex].
    std::vector<std::array<double, 2>> ageBands;
    std::vector<double> mortality;      // yearly per 1,000, per band
    double births = 6, deaths = 16.5, moveIn = 22, moveOut = 28, moveWithin = 12;
    double moveOutWholeHousehold = 0.4, foreignShare = 0.012, foreignMoveInShare = 0.15;
    double mjShare = 0.01, sexRatioAtBirth = 0.512;
    std::vector<double> moveInSizes;
    QStringList householdKinds;
    std::vector<double> householdWeights;
    int defaultResidents = 16000, defaultYears = 5, defaultSeed = 1;
    QDate defaultAsOf;

    const GivenNames &given(int birthYear, int sexIndex) const;
    // The full address of a 町字 as printed: 鳥取県東伯郡琴浦町大字八橋.
    QString addressPrefix(const TownArea &area) const;

    // Loads config.json (from configFile, or the built-in one when empty) and the TSV files that
    // lie beside it (a configuration file may name another folder with "dataDir"). Throws
    // std::runtime_error naming the file and line that is wrong.
    static TownData load(const QString &configFile = {});
};

} // namespace kikan::resident::demotown
