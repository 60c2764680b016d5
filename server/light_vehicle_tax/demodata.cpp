// The demo town's light vehicles (demodata.h).
#include "demodata.h"

#include "initialassessment.h"
#include "vehiclestore.h"
#include "server/core/dates.h"
#include "server/party/partyregistry.h"
#include "server/resident/demotown/generator.h"
#include "server/store/database.h"

#include <QSet>
#include <QSqlQuery>

namespace kikan::light_vehicle_tax {

VehicleFacts demoFacts(QRandomGenerator &rng)
{
    struct Mix {
        int weight;
        const char *cls, *body, *use;
    };
    static const Mix mix[] = {{52, "four_wheel", "passenger", "private"},
                              {18, "four_wheel", "cargo", "private"},
                              {4, "four_wheel", "cargo", "business"},
                              {2, "four_wheel", "passenger", "business"},
                              {1, "three_wheel", "", ""},
                              {10, "moped_class1", "", ""},
                              {3, "moped_class2a", "", ""},
                              {4, "light_motorcycle", "", ""},
                              {2, "small_motorcycle", "", ""},
                              {4, "small_special_farm", "", ""}};
    int pick = int(rng.bounded(100));
    const Mix *m = &mix[0];
    for (const Mix &candidate : mix) {
        m = &candidate;
        if ((pick -= candidate.weight) < 0)
            break;
    }
    static const char *powers[] = {"gasoline", "gasoline", "gasoline", "gasoline", "hybrid", "electric"};
    VehicleFacts f{QString::fromLatin1(m->cls), QString::fromLatin1(m->use),
                   QString::fromLatin1(m->body), {}, QString::fromLatin1(powers[rng.bounded(6)]),
                   {}, true};
    if (f.isThreeOrFourWheel())
        f.firstInspection = {2005 + int(rng.bounded(21)), 1 + int(rng.bounded(12))};
    return f;
}

namespace {
// Residents now: the last state each 異動 gave a party.
QList<qint64> residents(const party::PartyDirectory &directory)
{
    QHash<qint64, QString> status;
    qint64 cursor = 0;
    for (;;) {
        const QList<party::PartyChanged> page = directory.changesSince(cursor, 5000);
        if (page.isEmpty())
            break;
        for (const party::PartyChanged &e : page) {
            for (const party::PartyChange &p : e.parties)
                status.insert(p.partyNo, p.statusAfter);
            cursor = e.changeId;
        }
    }
    QList<qint64> out;
    for (auto it = status.begin(); it != status.end(); ++it) {
        if (it.value() == QLatin1String("resident"))
            out << it.key();
    }
    std::sort(out.begin(), out.end());
    return out;
}

// 法人 and 住登外者 numbered after the last resident (stops after 50 unknown numbers in a row).
QList<qint64> othersAfter(const party::PartyNumbers &numbers, qint64 from)
{
    QList<qint64> out;
    for (qint64 no = from + 1, misses = 0; misses < 50; ++no) {
        const QString kind = numbers.kindOf(no);
        if (kind.isEmpty()) {
            ++misses;
            continue;
        }
        misses = 0;
        if (kind != QLatin1String(party::kind::Resident))
            out << no;
    }
    return out;
}

bool hasVehicles(QSqlDatabase db)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT COUNT(*) FROM light_vehicles"));
    return q.next() && q.value(0).toLongLong() > 0;
}
} // namespace

QString writeDemoVehicles(core::ServerContext &context, const module::DemoOptions &options)
{
    // Never into a database without the demo mark (production data is protected).
    if (!resident::demotown::isDemoDatabase(context.database) || hasVehicles(context.database.connection()))
        return {};
    const QList<qint64> people = residents(context.services.get<party::PartyDirectory>());
    if (people.isEmpty())
        return {};
    const QList<qint64> others = othersAfter(context.services.get<party::PartyNumbers>(), people.last());
    QRandomGenerator rng(quint32(options.seed) * 7919u + 11u);
    const QDate today = core::processingDate(context.clock);
    const int count = int(people.size() * 2 / 5);
    static const char *kana[] = {"あ", "い", "う", "え", "か", "き", "さ", "た", "な", "は"};
    store::Transaction tx(context.database);
    for (int i = 0; i < count; ++i) {
        VehicleRecord r;
        r.vehicleId = insertVehicle(tx.db(), core::timestampNow(context.clock));
        r.historyNo = 1;
        r.changeKind = QString::fromLatin1(change::Register);
        r.fields.facts = demoFacts(rng);
        const YearMonth first = r.fields.facts.firstInspection;
        r.validFrom = first.isNull() ? today.addDays(-int(rng.bounded(3000)) - 30)
                                     : QDate(first.year, first.month, 1);
        r.recordedAt = core::timestampNow(context.clock);
        const bool moped = !r.fields.facts.isThreeOrFourWheel();
        r.fields.plateNo = moped ? QStringLiteral("琴浦町 %1 %2").arg(QString::fromUtf8(kana[i % 10])).arg(i + 1)
                                 : QStringLiteral("鳥取 580 %1 %2").arg(QString::fromUtf8(kana[i % 10])).arg(i + 1);
        r.fields.chassisNo = moped ? QString() : QStringLiteral("DEMO-%1").arg(100000 + i);
        const int who = int(rng.bounded(100));
        r.fields.ownerPartyNo = (who < 12 && !others.isEmpty()) ? others[int(rng.bounded(others.size()))]
                                                                : people[int(rng.bounded(people.size()))];
        r.fields.storagePlace = QStringLiteral("琴浦町大字徳万 %1").arg(1 + rng.bounded(900));
        insertRecord(tx.db(), r, 0);
    }
    tx.commit();
    const int year = today.month() >= 4 ? today.year() : today.year() - 1;
    const RunSummary s = runInitialAssessment(context, core::Actor::system(QStringLiteral("demotown")), year);
    return QStringLiteral("軽自動車 %1 台（%2年度 当初課税 %3 件）").arg(count).arg(year).arg(s.created);
}

} // namespace kikan::light_vehicle_tax
