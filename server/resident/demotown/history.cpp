// Years of 異動 in the demo town: births, deaths (with 世帯主変更 when the householder dies),
// moves in, out and within, at yearly rates per 1,000 residents (config.json "rates"). Each event
// closes the person's row (valid_to) and writes the next one from the same day; a person who moves
// out or dies keeps a last row with status moved_out / deceased (除票).
#include "builder_p.h"

#include <algorithm>
#include <cmath>

namespace kikan::resident::demotown {

namespace {

enum class Event { Death, Birth, MoveOut, MoveIn, MoveWithin };

struct Scheduled {
    QDate date;
    Event event;
};

// The next row of a person: a copy of the current one, in force from `date`.
Row &nextRow(Person &p, int change, QDate date)
{
    Row next = p.rows.back();
    p.rows.back().validTo = date;
    next.change = change;
    next.validFrom = date;
    next.validTo = QDate();
    next.previousPlace = -1;
    p.rows.push_back(std::move(next));
    return p.rows.back();
}

class Simulation
{
public:
    explicit Simulation(Builder &b) : b(b), t(b.t) {}

    void year(QDate from, QDate to)
    {
        const double living = double(t.livingCount()), avgHousehold = averageHousehold();
        std::vector<Scheduled> events;
        const qint64 days = from.daysTo(to);
        auto schedule = [&](Event e, double count) {
            const qint64 n = qint64(std::floor(count)) + (b.rng.chance(count - std::floor(count)));
            for (qint64 i = 0; i < n; ++i)
                events.push_back({from.addDays(b.rng.below(days)), e});
        };
        schedule(Event::Death, living * b.d.deaths / 1000);
        schedule(Event::Birth, living * b.d.births / 1000);
        schedule(Event::MoveOut, living * b.d.moveOut / 1000 / 1.3);
        schedule(Event::MoveIn, living * b.d.moveIn / 1000 / 1.6);
        schedule(Event::MoveWithin, living * b.d.moveWithin / 1000 / avgHousehold);
        std::stable_sort(events.begin(), events.end(),
                         [](const Scheduled &a, const Scheduled &c) { return a.date < c.date; });
        for (const Scheduled &e : events) {
            switch (e.event) {
            case Event::Death: death(e.date); break;
            case Event::Birth: birth(e.date); break;
            case Event::MoveOut: moveOut(e.date); break;
            case Event::MoveIn: moveIn(e.date); break;
            case Event::MoveWithin: moveWithin(e.date); break;
            }
        }
    }

private:
    double averageHousehold() const
    {
        qint64 members = 0, households = 0;
        for (const Household &h : t.households) {
            members += qint64(h.members.size());
            households += h.members.empty() ? 0 : 1;
        }
        return households ? double(members) / double(households) : 1.0;
    }

    int randomLiving()
    {
        for (;;) {
            const int i = int(b.rng.below(qint64(t.people.size())));
            if (t.people[size_t(i)].living())
                return i;
        }
    }

    int randomHousehold()
    {
        for (;;) {
            const int i = int(b.rng.below(qint64(t.households.size())));
            if (!t.households[size_t(i)].members.empty())
                return i;
        }
    }

    // Takes a person out of their household; a householder is followed by the spouse or the
    // oldest member, and everyone left gets a row with the new 続柄 (世帯主変更).
    void leave(int person, QDate date)
    {
        Person &p = t.people[size_t(person)];
        const int hh = p.household;
        Household &h = t.households[size_t(hh)];
        h.members.erase(std::find(h.members.begin(), h.members.end(), person));
        if (p.spouse >= 0)
            t.people[size_t(p.spouse)].spouse = -1;
        p.spouse = -1;
        p.household = -1;
        if (h.head != person || h.members.empty())
            return;
        int next = h.members.front();
        for (int i : h.members) {
            const Person &m = t.people[size_t(i)];
            if (m.spouse < 0 && t.people[size_t(i)].birthDate < t.people[size_t(next)].birthDate)
                next = i;
        }
        for (int i : h.members)
            if (t.people[size_t(i)].relationshipCode == QLatin1String("11")
                || t.people[size_t(i)].relationshipCode == QLatin1String("12"))
                next = i;
        if (t.people[size_t(next)].ageOn(date) < 18) {
            for (int i : h.members)
                if (t.people[size_t(i)].birthDate < t.people[size_t(next)].birthDate)
                    next = i;
        }
        h.head = next;
        b.relate(h, true);
        const int change = b.addChange("householder_change", "61", date, hh, true);
        for (int i : h.members) {
            Person &m = t.people[size_t(i)];
            Row &r = nextRow(m, change, date);
            r.relationshipCode = m.relationshipCode;
            r.relationshipText = m.relationshipText;
            r.entryOrder = m.entryOrder;
        }
    }

    void death(QDate date)
    {
        double worst = 0;
        for (double q : b.d.mortality)
            worst = std::max(worst, q);
        for (int attempt = 0; attempt < 100000; ++attempt) {
            const int i = randomLiving();
            const Person &p = t.people[size_t(i)];
            const int band = std::min(p.ageOn(date) / 5, int(b.d.mortality.size()) - 1);
            if (!b.rng.chance(b.d.mortality[size_t(std::max(band, 0))] / worst))
                continue;
            const int change = b.addChange("death", "51", date, p.household, true);
            nextRow(t.people[size_t(i)], change, date).status = Status::Deceased;
            leave(i, date);
            return;
        }
    }

    void birth(QDate date)
    {
        for (int attempt = 0; attempt < 2000; ++attempt) {
            const int m = randomLiving();
            const Person &mother = t.people[size_t(m)];
            const int age = mother.ageOn(date);
            if (mother.sex != '2' || mother.foreign || age < 20 || age > 44 || mother.spouse < 0
                || t.people[size_t(mother.spouse)].household != mother.household)
                continue;
            const int hh = mother.household;
            const char sex = b.rng.chance(b.d.sexRatioAtBirth) ? '1' : '2';
            const int child = b.newPerson(sex, date, m, mother.generation + 1, true);
            Household &h = t.households[size_t(hh)];
            h.members.push_back(child);
            b.relate(h, false);
            b.join(hh, child, b.addChange("birth", "41", date, hh, true), date);
            return;
        }
    }

    void moveOutPerson(int i, int change, QDate date, bool abroad)
    {
        Row &r = nextRow(t.people[size_t(i)], change, date);
        r.status = Status::MovedOut;
        r.destinationPlace = b.place(abroad);
    }

    void moveOut(QDate date)
    {
        if (!b.rng.chance(b.d.moveOutWholeHousehold)) {
            for (int attempt = 0; attempt < 500; ++attempt) {
                const int i = randomLiving();
                const Person &p = t.people[size_t(i)];
                const int age = p.ageOn(date);
                if (age < 18 || age > 35 || p.spouse >= 0
                    || t.households[size_t(p.household)].head == i)
                    continue;
                moveOutPerson(i, b.addChange("move_out", "31", date, p.household, true), date,
                              p.foreign && b.rng.chance(0.5));
                leave(i, date);
                return;
            }
        }
        const int hh = randomHousehold();
        const int change = b.addChange("move_out", "31", date, hh, true);
        const std::vector<int> members = t.households[size_t(hh)].members;
        const bool abroad = t.people[size_t(members.front())].foreign && b.rng.chance(0.5);
        for (int i : members) {
            moveOutPerson(i, change, date, abroad);
            t.people[size_t(i)].household = -1;
            t.people[size_t(i)].spouse = -1;
        }
        t.households[size_t(hh)].members.clear();
    }

    void moveIn(QDate date)
    {
        const int hh = b.newHousehold(-1);
        Household &h = t.households[size_t(hh)];
        if (b.rng.chance(b.d.foreignMoveInShare)) {
            int type = 0;
            do
                type = b.rng.pick(b.foreignCum);
            while (b.d.foreignTypes[size_t(type)].period == QLatin1String("無期限"));
            const char sex = b.rng.chance(0.5) ? '1' : '2';
            const int i = b.newForeigner(b.birthDateForAge(b.rng.between(20, 35), date), type, sex);
            h.members.push_back(i);
            h.head = i;
            b.relate(h, true);
            b.join(hh, i, b.addChange("move_in_abroad", "12", date, hh, true), date,
                   b.place(true));
            return;
        }
        const int size = b.rng.pick(b.moveInSizeCum) + 1;
        const int headAge = size == 1 ? b.rng.between(20, 40) : b.rng.between(24, 45);
        const char headSex = size == 1 && b.rng.chance(0.4) ? '2' : '1';
        const int head = b.newPerson(headSex, b.birthDateForAge(headAge, date), -1, 0, true);
        h.members.push_back(head);
        h.head = head;
        if (size >= 2) {
            const int wife = b.newPerson('2', b.birthDateForAge(headAge - b.rng.between(0, 5), date),
                                         head, 0, false);
            t.people[size_t(wife)].spouse = head;
            t.people[size_t(head)].spouse = wife;
            h.members.push_back(wife);
            for (int k = 2; k < size; ++k) {
                const int age = b.rng.between(0, std::min(12, headAge - 22));
                h.members.push_back(b.newPerson(b.rng.chance(0.5) ? '1' : '2',
                                                b.birthDateForAge(age, date), head, 1, true));
            }
        }
        b.relate(h, true);
        const int change = b.addChange("move_in", "11", date, hh, true);
        const int from = b.place(false);
        for (int i : h.members)
            b.join(hh, i, change, date, from);
    }

    void moveWithin(QDate date)
    {
        const int hh = randomHousehold();
        Household &h = t.households[size_t(hh)];
        h.area = b.rng.pick(b.areaCum);
        h.addressNumber = b.addressNumber();
        const int change = b.addChange("move_within", "21", date, hh, true);
        for (int i : h.members) {
            Row &r = nextRow(t.people[size_t(i)], change, date);
            r.area = h.area;
            r.addressNumber = h.addressNumber;
            r.addressSince = date;
        }
    }

    Builder &b;
    Town &t;
};

} // namespace

void Builder::simulate(int years)
{
    Simulation simulation(*this);
    for (int y = 0; y < years; ++y)
        simulation.year(t.start.addYears(y), t.start.addYears(y + 1));
}

Town buildTown(const TownData &data, int residents, int years, std::uint64_t seed, QDate asOf)
{
    Town town;
    town.asOf = asOf;
    town.start = asOf.addYears(-years);
    const double net = (data.births + data.moveIn - data.deaths - data.moveOut) / 1000.0;
    const int baseline = int(std::lround(residents / std::pow(1.0 + net, years)));
    Builder builder(data, seed, town);
    builder.baseline(baseline);
    builder.simulate(years);
    return town;
}

} // namespace kikan::resident::demotown
