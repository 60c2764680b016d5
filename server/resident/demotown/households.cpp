// Households of the demo town: 続柄 relative to the householder (codes of resources/resident/
// codes.json: 02 世帯主, 11 夫, 12 妻, 20 子, 2012 子の妻, 51 父, 52 母, 1151 夫の父, and only the
// standard's list joined with の — 祖父 is 5151 父の父, 祖母 5152 父の母, 孫 2020 子の子),
// members joining a household, and the baseline household kinds built from the age pool.
#include "builder_p.h"

#include <algorithm>

namespace kikan::resident::demotown {

namespace {

QString relationshipText(const QString &code)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("02"), QStringLiteral("世帯主")}, {QStringLiteral("11"), QStringLiteral("夫")},
        {QStringLiteral("12"), QStringLiteral("妻")}, {QStringLiteral("20"), QStringLiteral("子")},
        {QStringLiteral("51"), QStringLiteral("父")}, {QStringLiteral("52"), QStringLiteral("母")},
        {QStringLiteral("71"), QStringLiteral("兄")}, {QStringLiteral("74"), QStringLiteral("弟")},
        {QStringLiteral("81"), QStringLiteral("姉")}, {QStringLiteral("84"), QStringLiteral("妹")},
        {QStringLiteral("96"), QStringLiteral("縁故者")}};
    QStringList parts;
    for (qsizetype i = 0; i + 1 < code.size(); i += 2)
        parts << names.value(code.mid(i, 2));
    return parts.join(QChar(0x306E)); // の, as codetables.cpp joins them
}

// The 続柄 code of p relative to the householder h, from generation, line and spouse links.
QString relationshipCode(const Person &p, int pIndex, const Person &h, int hIndex)
{
    const bool male = p.sex == '1';
    if (pIndex == hIndex)
        return QStringLiteral("02");
    if (p.spouse == hIndex)
        return male ? QStringLiteral("11") : QStringLiteral("12");
    switch (p.generation - h.generation) {
    case -2:
        // The standard has no 祖父/祖母 (住民記録システム標準仕様書 1.1.11): 父の父, 父の母.
        return h.blood ? (male ? QStringLiteral("5151") : QStringLiteral("5152"))
                       : QStringLiteral("96");
    case -1:
        if (h.blood)
            return male ? QStringLiteral("51") : QStringLiteral("52");
        // a parent of the householder's late spouse: 夫の父 / 妻の母 …
        return (h.sex == '2' ? QStringLiteral("11") : QStringLiteral("12"))
               + (male ? QStringLiteral("51") : QStringLiteral("52"));
    case 0:
        if (!h.blood || !p.blood)
            return QStringLiteral("96");
        if (p.birthDate < h.birthDate)
            return male ? QStringLiteral("71") : QStringLiteral("81");
        return male ? QStringLiteral("74") : QStringLiteral("84");
    case 1:
        if (p.blood)
            return QStringLiteral("20");
        return male ? QStringLiteral("2011") : QStringLiteral("2012");
    case 2:
        return p.blood ? QStringLiteral("2020") : QStringLiteral("96"); // 孫 = 子の子
    default:
        return QStringLiteral("96");
    }
}

} // namespace

void Builder::relate(Household &h, bool reorder)
{
    const Person &head = t.people[size_t(h.head)];
    if (reorder) {
        // 記載順位: householder, spouse, the older generations, then the younger ones by age.
        auto rank = [&](int i) {
            const Person &p = t.people[size_t(i)];
            return i == h.head ? 0 : p.spouse == h.head ? 1 : p.generation < head.generation ? 2 : 3;
        };
        std::stable_sort(h.members.begin(), h.members.end(), [&](int a, int b) {
            const Person &pa = t.people[size_t(a)], &pb = t.people[size_t(b)];
            if (rank(a) != rank(b))
                return rank(a) < rank(b);
            if (pa.generation != pb.generation)
                return pa.generation < pb.generation;
            return pa.birthDate < pb.birthDate;
        });
        h.nextEntryOrder = 1;
        for (int i : h.members)
            t.people[size_t(i)].entryOrder = h.nextEntryOrder++;
    }
    for (int i : h.members) {
        Person &p = t.people[size_t(i)];
        p.relationshipCode = relationshipCode(p, i, head, h.head);
        p.relationshipText = relationshipText(p.relationshipCode);
        if (p.entryOrder == 0)
            p.entryOrder = h.nextEntryOrder++;
    }
}

void Builder::join(int household, int person, int change, QDate from, int previousPlace)
{
    const Household &h = t.households[size_t(household)];
    Person &p = t.people[size_t(person)];
    p.household = household;
    Row r;
    r.change = change;
    r.validFrom = from;
    r.household = household;
    r.relationshipCode = p.relationshipCode;
    r.relationshipText = p.relationshipText;
    r.entryOrder = p.entryOrder;
    r.area = h.area;
    r.addressNumber = h.addressNumber;
    r.addressSince = from;
    r.residentSince = from;
    r.previousPlace = previousPlace;
    p.rows.push_back(std::move(r));
}

namespace {

enum class Role { Head, Spouse, Child, Parent, ChildSpouse, Grandchild };
struct Planned {
    int sex;
    int age;
    Role role;
};

// Plans one household of `kind` from the pool; empty (pool untouched) when it cannot.
std::vector<Planned> plan(Builder &b, const QString &kind)
{
    std::vector<Planned> out;
    bool ok = true;
    auto take = [&](int sex, int lo, int hi, Role role, bool required) {
        if (!ok)
            return -1;
        const int age = takeAge(b, sex, lo, hi);
        if (age < 0)
            ok = ok && !required;
        else
            out.push_back({sex, age, role});
        return age;
    };
    auto children = [&](int parentAge, int most, Role role) {
        const int n = b.rng.between(1, most);
        for (int i = 0; i < n; ++i)
            take(int(b.rng.below(2)), 0, std::min(parentAge - 20, 24), role, false);
    };
    if (kind == QLatin1String("single_elderly")) {
        take(b.rng.chance(0.62) ? 1 : 0, 65, 105, Role::Head, true);
    } else if (kind == QLatin1String("single")) {
        take(b.rng.chance(0.58) ? 0 : 1, 20, 64, Role::Head, true);
    } else if (kind == QLatin1String("couple_elderly") || kind == QLatin1String("couple")) {
        const bool old = kind == QLatin1String("couple_elderly");
        const int h = take(0, old ? 65 : 25, old ? 100 : 64, Role::Head, true);
        take(1, h - 8, h + 2, Role::Spouse, true);
    } else if (kind == QLatin1String("couple_children")) {
        const int h = take(0, 28, 58, Role::Head, true);
        const int w = take(1, h - 8, h + 2, Role::Spouse, true);
        if (ok)
            children(w, 3, Role::Child);
    } else if (kind == QLatin1String("single_parent")) {
        const int p = take(b.rng.chance(0.8) ? 1 : 0, 25, 55, Role::Head, true);
        if (ok)
            children(p, 2, Role::Child);
    } else if (kind == QLatin1String("parent_adult_child")) {
        const int h = take(0, 60, 88, Role::Head, true);
        if (b.rng.chance(0.7))
            take(1, h - 8, h + 2, Role::Spouse, false);
        take(int(b.rng.below(2)), std::max(h - 40, 20), h - 22, Role::Child, true);
    } else if (b.rng.chance(0.5)) { // three_generations: householder with a parent
        const int h = take(0, 35, 60, Role::Head, true);
        const int w = take(1, h - 8, h + 2, Role::Spouse, true);
        if (ok)
            children(w, 3, Role::Child);
        take(1, h + 22, h + 40, Role::Parent, true);
        if (b.rng.chance(0.45))
            take(0, h + 22, h + 42, Role::Parent, false);
    } else { // three_generations: householder, a married son and grandchildren
        const int h = take(0, 58, 82, Role::Head, true);
        take(1, h - 8, h + 2, Role::Spouse, false);
        const int s = take(0, h - 38, h - 24, Role::Child, true);
        const int sw = take(1, s - 6, s + 3, Role::ChildSpouse, true);
        if (ok)
            children(std::min(sw, s), 3, Role::Grandchild);
    }
    if (!ok) {
        for (const Planned &p : out)
            ++b.pool[p.sex][p.age];
        out.clear();
    }
    return out;
}

} // namespace

namespace {

// Writes a planned household at the baseline: people, spouse links, 続柄, one official_entry.
void settle(Builder &b, const std::vector<Planned> &planned)
{
    const QDate start = b.t.start;
    const int hh = b.newHousehold(-1);
    Household &h = b.t.households[size_t(hh)];
    int head = -1, spouse = -1, son = -1, parentMale = -1, parentFemale = -1;
    for (const Planned &p : planned) {
        const char sex = p.sex == 0 ? '1' : '2';
        const QDate birth = b.birthDateForAge(p.age, start);
        int gen = 0;
        bool blood = true;
        switch (p.role) {
        case Role::Head: break;
        case Role::Spouse: blood = false; break;
        case Role::Child: gen = 1; break;
        case Role::Parent: gen = -1; break;
        case Role::ChildSpouse: gen = 1; blood = false; break;
        case Role::Grandchild: gen = 2; break;
        }
        const int i = b.newPerson(sex, birth, head, gen, blood);
        h.members.push_back(i);
        switch (p.role) {
        case Role::Head: head = i; break;
        case Role::Spouse: spouse = i; break;
        case Role::Child: if (son < 0 && sex == '1') son = i; break;
        case Role::Parent: (sex == '1' ? parentMale : parentFemale) = i; break;
        case Role::ChildSpouse:
            b.t.people[size_t(i)].spouse = son;
            b.t.people[size_t(son)].spouse = i;
            break;
        default: break;
        }
    }
    auto link = [&](int a, int c) {
        if (a >= 0 && c >= 0) {
            b.t.people[size_t(a)].spouse = c;
            b.t.people[size_t(c)].spouse = a;
        }
    };
    link(head, spouse);
    link(parentMale, parentFemale);
    h.head = head;
    b.relate(h, true);
    // 住定日: some day after the householder turned 20 and at most 45 years back.
    const Person &hp = b.t.people[size_t(head)];
    const QDate earliest = std::max(hp.birthDate.addYears(20), start.addYears(-45));
    const qint64 span = std::max<qint64>(1, earliest.daysTo(start));
    const QDate since = earliest.addDays(b.rng.below(span));
    const int change = b.addChange("official_entry", "71", since, hh, false);
    for (int i : h.members) {
        const QDate birth = b.t.people[size_t(i)].birthDate;
        b.join(hh, i, change, std::max(since, birth));
    }
}

// A foreign resident living alone (technical intern, specified skilled worker, permanent …).
void settleForeigner(Builder &b)
{
    const int type = b.rng.pick(b.foreignCum);
    const ForeignType &ft = b.d.foreignTypes[size_t(type)];
    const bool settled = ft.period == QLatin1String("無期限");
    const int sex = int(b.rng.below(2));
    const int age = takeAge(b, sex, settled ? 30 : 20, settled ? 80 : 40);
    if (age < 0)
        return;
    const int i = b.newForeigner(b.birthDateForAge(age, b.t.start), type, sex == 0 ? '1' : '2');
    const int hh = b.newHousehold(-1);
    Household &h = b.t.households[size_t(hh)];
    h.members.push_back(i);
    h.head = i;
    b.relate(h, true);
    const QDate since = b.t.start.addDays(-b.rng.between(30, settled ? 7000 : 700));
    b.join(hh, i, b.addChange("move_in_abroad", "12", since, hh, true), since,
           b.place(true));
}

// A child left in the pool joins a household whose householder is old enough to be its parent
// (or grandparent), and so do most unmarried adults under 50 (living with their parents is
// common in a rural town); other adults left over live alone.
void settleLeftover(Builder &b, int sex, int age)
{
    if (age < 18 || (age < 50 && b.rng.chance(0.8))) {
        for (int attempt = 0; attempt < 50; ++attempt) {
            const int hh = int(b.rng.below(qint64(b.t.households.size())));
            Household &h = b.t.households[size_t(hh)];
            const Person &head = b.t.people[size_t(h.head)];
            if (head.foreign)
                continue;
            const int headAge = head.ageOn(b.t.start), diff = headAge - age;
            if (diff < 20 || diff > 75)
                continue;
            const int gen = head.generation + (diff >= 45 ? 2 : 1);
            const int i = b.newPerson(sex == 0 ? '1' : '2', b.birthDateForAge(age, b.t.start),
                                      h.head, gen, true);
            h.members.push_back(i);
            b.relate(h, false);
            const Row &headRow = b.t.people[size_t(h.head)].rows.front();
            const QDate birth = b.t.people[size_t(i)].birthDate;
            b.join(hh, i, headRow.change, std::max(headRow.validFrom, birth));
            return;
        }
    }
    ++b.pool[sex][age];
    const std::vector<Planned> single{{sex, takeAge(b, sex, age, age), Role::Head}};
    settle(b, single);
}

} // namespace

void buildBaselineHouseholds(Builder &b)
{
    qint64 people = 0;
    for (const auto &counts : b.pool)
        for (int n : counts)
            people += n;
    const qint64 foreigners = qint64(people * b.d.foreignShare + 0.5);
    for (qint64 i = 0; i < foreigners; ++i)
        settleForeigner(b);
    int failures = 0;
    while (failures < 200) {
        const QString &kind = b.d.householdKinds[b.rng.pick(b.kindCum)];
        const std::vector<Planned> planned = plan(b, kind);
        if (planned.empty()) {
            ++failures;
            continue;
        }
        failures = 0;
        settle(b, planned);
    }
    for (int sex = 0; sex < 2; ++sex) {
        for (int age = 0; age < int(b.pool[sex].size()); ++age) {
            while (b.pool[sex][age] > 0) {
                --b.pool[sex][age];
                settleLeftover(b, sex, age);
            }
        }
    }
}

} // namespace kikan::resident::demotown
