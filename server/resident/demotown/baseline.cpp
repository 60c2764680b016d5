// The demo town's baseline: people drawn from the age pyramid into a pool, then placed into
// households of the kinds a rural town has (many one- and two-person elderly households), each
// written as one 職権記載 (official_entry: the records a town migrates from its previous system).
#include "builder_p.h"

#include "shared/identity/mynumber.h"

#include <cmath>

namespace kikan::resident::demotown {

namespace {
constexpr int kMaxAge = 105;
}

int Person::ageOn(QDate date) const
{
    int age = date.year() - birthDate.year();
    if (date.month() < birthDate.month()
        || (date.month() == birthDate.month() && date.day() < birthDate.day()))
        --age;
    return age;
}

qsizetype Town::livingCount() const
{
    qsizetype n = 0;
    for (const Person &p : people)
        n += p.living() ? 1 : 0;
    return n;
}

qsizetype Town::recordRows() const
{
    qsizetype n = 0;
    for (const Person &p : people)
        n += qsizetype(p.rows.size());
    return n;
}

int residentRecordCodeCheckDigit(const QString &base10)
{
    return base10.size() == 10 ? identity::MyNumber::checkDigit(QLatin1Char('0') + base10) : -1;
}

QDate Builder::birthDateForAge(int age, QDate on)
{
    // A day in the year before `on` on which the person turned `age`.
    const QDate latest = on.addYears(-age);
    return latest.addDays(-rng.below(365));
}

QString Builder::familyName(bool mjAllowed, QString *kana)
{
    const bool mj = mjAllowed && !d.mjFamilyNames.empty() && rng.chance(d.mjShare);
    const Name &n = mj ? d.mjFamilyNames[rng.pick(mjCum)] : d.familyNames[rng.pick(familyCum)];
    *kana = n.kana;
    return n.text;
}

QString Builder::addressNumber()
{
    const int number = rng.between(1, 2400);
    return rng.chance(0.4) ? QStringLiteral("%1番地%2").arg(number).arg(rng.between(1, 12))
                           : QStringLiteral("%1番地").arg(number);
}

void Builder::pickGivenName(Person &p)
{
    const GivenNames &g = d.given(p.birthDate.year(), p.sex == '1' ? 0 : 1);
    const Name &n = g.names[rng.pick(g.cumulative)];
    p.givenName = n.text;
    p.givenNameKana = n.kana;
}

void Builder::assignCodes(Person &p)
{
    do {
        QString base = QString::number(rng.between(1, 9));
        for (int i = 0; i < 9; ++i)
            base += QLatin1Char(char('0' + rng.below(10)));
        p.residentRecordCode = base + QString::number(residentRecordCodeCheckDigit(base));
    } while (codes.contains(p.residentRecordCode));
    codes.insert(p.residentRecordCode);
    do {
        QString base;
        for (int i = 0; i < 11; ++i)
            base += QLatin1Char(char('0' + rng.below(10)));
        p.myNumber = base + QString::number(identity::MyNumber::checkDigit(base));
    } while (myNumbers.contains(p.myNumber));
    myNumbers.insert(p.myNumber);
}

int Builder::newPerson(char sex, QDate birth, int familyOf, int generation, bool blood)
{
    Person p;
    p.sex = sex;
    p.birthDate = birth;
    p.generation = generation;
    p.blood = blood;
    if (familyOf >= 0) {
        const Person &f = t.people[size_t(familyOf)];
        p.familyName = f.familyName;
        p.familyNameKana = f.familyNameKana;
        p.registeredDomicile = f.registeredDomicile;
        p.familyRegisterHead = f.familyRegisterHead;
    } else {
        p.familyName = familyName(true, &p.familyNameKana);
    }
    pickGivenName(p);
    if (familyOf < 0) {
        const TownArea &a = d.areas[rng.pick(areaCum)];
        p.registeredDomicile = rng.chance(0.8)
            ? d.addressPrefix(a) + QString::number(rng.between(1, 2400)) + QStringLiteral("番地")
            : d.places[place(false)].address + QString::number(rng.between(1, 30))
                  + QStringLiteral("番地");
        p.familyRegisterHead = p.familyName + QChar(0x3000) + p.givenName;
    }
    assignCodes(p);
    t.people.push_back(std::move(p));
    return int(t.people.size()) - 1;
}

int Builder::newForeigner(QDate birth, int type, char sex)
{
    const ForeignType &ft = d.foreignTypes[type];
    std::vector<int> candidates;
    for (int i = 0; i < int(d.foreignNames.size()); ++i) {
        const ForeignName &n = d.foreignNames[i];
        if (n.nationality == ft.nationality && n.sex.at(0).toLatin1() == sex)
            candidates.push_back(i);
    }
    const ForeignName &n = d.foreignNames[candidates.empty()
        ? int(rng.below(qint64(d.foreignNames.size())))
        : candidates[rng.below(qint64(candidates.size()))]];
    Person p;
    p.foreign = true;
    p.foreignType = type;
    p.sex = n.sex == QLatin1String("1") ? '1' : '2';
    if (ft.period != QLatin1String("無期限")) {
        const int months = ft.period.startsWith(QLatin1Char('3')) ? 36 : 12;
        p.stayExpiry = t.asOf.addDays(rng.between(20, months * 30));
    }
    p.birthDate = birth;
    p.familyName = n.family;
    p.givenName = n.given;
    p.familyNameKana = n.familyKana;
    p.givenNameKana = n.givenKana;
    p.nameRoman = n.family + QLatin1Char(' ') + n.given;
    p.residenceCardNo = QStringLiteral("%1%2%3%4")
                            .arg(QChar(char16_t(u'A' + rng.below(26)))).arg(QChar(char16_t(u'A' + rng.below(26))))
                            .arg(rng.below(100000000), 8, 10, QLatin1Char('0'))
                            .arg(QChar(char16_t(u'A' + rng.below(26))));
    assignCodes(p);
    t.people.push_back(std::move(p));
    return int(t.people.size()) - 1;
}

int Builder::newHousehold(int area)
{
    Household h;
    h.area = area < 0 ? rng.pick(areaCum) : area;
    h.addressNumber = addressNumber();
    t.households.push_back(std::move(h));
    return int(t.households.size()) - 1;
}

int Builder::addChange(const char *kind, const char *reason, QDate effective, int household,
                       bool notified)
{
    Change c{QLatin1String(kind), QLatin1String(reason), effective,
             notified ? effective.addDays(rng.below(14)) : QDate(), household};
    t.changes.push_back(std::move(c));
    return int(t.changes.size()) - 1;
}

int takeAge(Builder &b, int sex, int lo, int hi)
{
    lo = std::max(lo, 0);
    hi = std::min(hi, kMaxAge);
    if (lo > hi)
        return -1;
    auto &counts = b.pool[sex];
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int age = b.rng.between(lo, hi);
        if (counts[age] > 0) {
            --counts[age];
            return age;
        }
    }
    const int span = hi - lo + 1, from = int(b.rng.below(span));
    for (int i = 0; i < span; ++i) {
        const int age = lo + (from + i) % span;
        if (counts[age] > 0) {
            --counts[age];
            return age;
        }
    }
    return -1;
}

void Builder::baseline(int residents)
{
    double total = 0;
    for (const auto &band : d.ageBands)
        total += band[0] + band[1];
    for (auto &counts : pool)
        counts.assign(kMaxAge + 1, 0);
    const int bands = int(d.ageBands.size());
    for (int b = 0; b < bands; ++b) {
        for (int s = 0; s < 2; ++s) {
            const int n = int(std::lround(residents * d.ageBands[b][s] / total));
            const int lo = b * 5, hi = b == bands - 1 ? kMaxAge : b * 5 + 4;
            for (int i = 0; i < n; ++i)
                ++pool[s][rng.between(lo, hi)];
        }
    }
    buildBaselineHouseholds(*this);
}

} // namespace kikan::resident::demotown
