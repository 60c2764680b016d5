// Private to the demo-town builder: the state shared by the baseline (baseline.cpp) and the
// years of events (history.cpp).
#pragma once

#include "random.h"
#include "town.h"

#include <QSet>

#include <array>

namespace kikan::resident::demotown {

class Builder
{
public:
    Builder(const TownData &data, std::uint64_t seed, Town &town)
        : d(data), rng(seed), t(town)
    {
        familyCum = cumulative(d.familyWeights);
        mjCum = cumulative(d.mjFamilyWeights);
        areaCum = cumulative(d.areaWeights);
        kindCum = cumulative(d.householdWeights);
        foreignCum = cumulative(d.foreignTypeWeights);
        domesticCum = cumulative(d.domesticWeights);
        abroadCum = cumulative(d.abroadWeights);
        moveInSizeCum = cumulative(d.moveInSizes);
    }

    // baseline.cpp
    void baseline(int residents);
    // history.cpp
    void simulate(int years);

    // Shared helpers (baseline.cpp).
    int newPerson(char sex, QDate birth, int familyOf, int generation, bool blood);
    int newForeigner(QDate birth, int type, char sex);
    int newHousehold(int area);
    void join(int household, int person, int change, QDate from, int previousPlace = -1);
    void relate(Household &h, bool reorder);
    QDate birthDateForAge(int age, QDate on);
    QString familyName(bool mjAllowed, QString *kana);
    QString addressNumber();
    void pickGivenName(Person &p);
    void assignCodes(Person &p);
    int addChange(const char *kind, const char *reason, QDate effective, int household,
                  bool notified);
    int place(bool abroad) { return abroad ? d.abroadPlaces[rng.pick(abroadCum)]
                                           : d.domesticPlaces[rng.pick(domesticCum)]; }

    const TownData &d;
    Random rng;
    Town &t;
    std::vector<double> familyCum, mjCum, areaCum, kindCum, foreignCum, domesticCum, abroadCum,
        moveInSizeCum;
    QSet<QString> codes, myNumbers;
    // Baseline age pool: pool[sex][age] people still to place.
    std::array<std::vector<int>, 2> pool;
};

// A person of `sex` (0 男, 1 女) aged lo..hi taken from the baseline pool; -1 when none is left.
int takeAge(Builder &b, int sex, int lo, int hi);
// households.cpp: places the pool into households (then leftovers) at t.start.
void buildBaselineHouseholds(Builder &b);

} // namespace kikan::resident::demotown
