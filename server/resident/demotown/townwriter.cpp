// Bulk writing of the demo town (townwriter.h). Search keys are the registry's own:
// moji::nameSearchKey / looseNameSearchKey of 氏+名 and text::kanaKey of the two readings, as
// server/resident/residentstore.cpp computes them; they are cached per distinct name.
#include "townwriter.h"

#include "server/store/bulkload.h"
#include "server/store/database.h"
#include "shared/moji/searchkey.h"
#include "shared/text/kana.h"

#include <QHash>
#include <QSqlQuery>

#include <array>
#include <memory>

namespace kikan::resident::demotown {

namespace {

// NULL for an empty text or an invalid date (a null QString is NULL to store::BulkInsert).
QString text(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

// QDate::toString(Qt::ISODate) for the years the town has (1000–9999), without its formatter:
// the writer formats millions of dates.
QString date(QDate d)
{
    if (!d.isValid())
        return {};
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 1000 || y > 9999)
        return d.toString(Qt::ISODate);
    const char16_t text[] = {char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10),
                             char16_t(u'0' + y / 10 % 10), char16_t(u'0' + y % 10), u'-',
                             char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'-',
                             char16_t(u'0' + day / 10), char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q = store::exec(db, sql);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString recordedAt(const Change &c, int index)
{
    const QDate day = c.notified.isValid() ? c.notified : c.effective;
    return QStringLiteral("%1T%2:%3:00.000Z")
        .arg(day.toString(Qt::ISODate))
        .arg(index % 8, 2, 10, QLatin1Char('0'))
        .arg(index % 60, 2, 10, QLatin1Char('0'));
}

// A number from (seed, person) without drawing from the builder's generator, so that adding
// these items left every other generated value as it was (splitmix64).
quint64 personHash(quint64 seed, size_t person, quint64 salt)
{
    quint64 z = seed * 0x9E3779B97F4A7C15ull + quint64(person) * 0xBF58476D1CE4E5B9ull + salt;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// 旧氏 (住民基本台帳法施行令 30条の13) for about one in ten wives who took the husband's 氏, and a
// 通称 (令30条の26) for about a third of the foreign residents: a common family name and a given
// name from the town's lists. Empty when the person has none.
struct OtherNames {
    QString formerFamilyName, alias;
};
OtherNames otherNames(const Person &p, const TownData &data, quint64 seed, size_t i)
{
    OtherNames o;
    const quint64 h = personHash(seed, i, 1);
    if (!p.foreign && p.sex == '2' && !p.blood && p.spouse >= 0 && h % 100 < 10) {
        const Name &f = data.familyNames[size_t((h >> 8) % data.familyNames.size())];
        if (f.text != p.familyName)
            o.formerFamilyName = f.text;
    } else if (p.foreign && h % 100 < 35) {
        const Name &f = data.familyNames[size_t((h >> 8) % data.familyNames.size())];
        const std::vector<Name> &given = data.givenNames[p.sex == '1' ? 0 : 1].back().names;
        o.alias = f.text + QChar(0x3000) + given[size_t((h >> 32) % given.size())].text;
    }
    return o;
}

// 住民票: every row of every person, search keys cached per distinct name and reading.
qint64 writeRecords(QSqlDatabase db, const Town &town, const TownData &data, qint64 partyBase,
                    qint64 householdBase, qint64 changeBase,
                    const std::vector<QString> &changeTimes, quint64 seed)
{
    store::BulkInsert records(db, QStringLiteral("resident_records"),
        {"party_no", "history_no", "change_id", "valid_from", "valid_to", "recorded_at", "status",
         "resident_kind", "resident_record_code", "my_number", "family_name", "given_name",
         "family_name_kana", "given_name_kana", "name_roman", "birth_date", "sex",
         "household_no", "relationship_code", "relationship_text", "entry_order",
         "town_area_code", "address_number", "postal_code", "address_since", "resident_since",
         "previous_address", "destination_address", "registered_domicile",
         "family_register_head", "nationality", "residence_status", "period_of_stay",
         "stay_expiry_date", "residence_card_no", "article_30_45_class", "name_key",
         "name_loose_key", "kana_key", "former_family_name", "alias", "former_name_key",
         "former_name_loose_key", "alias_key", "alias_loose_key"});
    QHash<QString, std::array<QString, 2>> nameKeys;
    QHash<QString, QString> kanaKeys;
    const QString statusCodes[] = {QStringLiteral("resident"), QStringLiteral("moved_out"),
                                   QStringLiteral("deceased")};
    const QString japanese = QStringLiteral("japanese"), foreign = QStringLiteral("foreign");
    const QString sexes[] = {QStringLiteral("1"), QStringLiteral("2")};
    for (size_t i = 0; i < town.people.size(); ++i) {
        const Person &p = town.people[i];
        const qint64 partyNo = partyBase + qint64(i);
        const QString name = p.familyName + p.givenName;
        auto keys = nameKeys.find(name);
        if (keys == nameKeys.end())
            keys = nameKeys.insert(name, {moji::nameSearchKey(name),
                                          moji::looseNameSearchKey(name)});
        const QString kana = p.familyNameKana + p.givenNameKana;
        auto kanaKey = kanaKeys.find(kana);
        if (kanaKey == kanaKeys.end())
            kanaKey = kanaKeys.insert(kana, text::kanaKey(kana));
        const ForeignType *ft = p.foreign ? &data.foreignTypes[size_t(p.foreignType)] : nullptr;
        const QString sex = p.sex == '1' || p.sex == '2' ? sexes[p.sex - '1']
                                                         : QString(QLatin1Char(p.sex));
        const QString birth = date(p.birthDate), stayExpiry = date(p.stayExpiry);
        // The keys of the 旧氏＋名 and of the 通称, as residentstore's insertRecord writes them.
        const OtherNames other = otherNames(p, data, seed, i);
        const QString formerName = other.formerFamilyName.isEmpty()
                                       ? QString() : other.formerFamilyName + p.givenName;
        const std::array<QString, 4> otherKeys{
            formerName.isEmpty() ? QString() : moji::nameSearchKey(formerName),
            formerName.isEmpty() ? QString() : moji::looseNameSearchKey(formerName),
            other.alias.isEmpty() ? QString() : moji::nameSearchKey(other.alias),
            other.alias.isEmpty() ? QString() : moji::looseNameSearchKey(other.alias)};
        for (size_t h = 0; h < p.rows.size(); ++h) {
            const Row &r = p.rows[h];
            const TownArea &area = data.areas[size_t(r.area)];
            const auto placeText = [&](int place) {
                if (place < 0)
                    return QString();
                const Place &pl = data.places[size_t(place)];
                return pl.abroad ? pl.address
                                 : pl.address + QString::number(1 + i % 40) + QStringLiteral("番地");
            };
            records << partyNo << int(h + 1) << changeBase + r.change << date(r.validFrom)
                    << date(r.validTo) << changeTimes[size_t(r.change)]
                    << statusCodes[int(r.status)] << (p.foreign ? foreign : japanese)
                    << p.residentRecordCode << p.myNumber << p.familyName << p.givenName
                    << p.familyNameKana << p.givenNameKana << text(p.nameRoman) << birth << sex
                    << householdBase + r.household << r.relationshipCode << r.relationshipText
                    << r.entryOrder << area.code << r.addressNumber << text(area.postalCode)
                    << date(r.addressSince) << date(r.residentSince)
                    << text(placeText(r.previousPlace)) << text(placeText(r.destinationPlace))
                    << text(p.registeredDomicile) << text(p.familyRegisterHead)
                    << text(ft ? ft->nationality : QString()) << text(ft ? ft->status : QString())
                    << text(ft ? ft->period : QString()) << stayExpiry
                    << text(p.residenceCardNo) << text(ft ? ft->article30_45Class : QString())
                    << (*keys)[0] << (*keys)[1] << *kanaKey << text(other.formerFamilyName)
                    << text(other.alias) << text(otherKeys[0]) << text(otherKeys[1])
                    << text(otherKeys[2]) << text(otherKeys[3]);
            records.endRow();
        }
    }
    records.finish();
    return records.rows();
}

// Where the town's numbers start: the next values of the sequences and of the change ids.
struct Bases {
    qint64 party = 0;
    qint64 household = 0;
    qint64 notification = 0; // advanced as 届出 are numbered
    qint64 change = 0;
};

Bases readBases(QSqlDatabase db)
{
    const auto sequence = [&](const char *name) {
        return scalar(db, QStringLiteral("SELECT next_value FROM number_sequences WHERE name = '")
                              + QLatin1String(name) + QLatin1Char('\''));
    };
    Bases b;
    b.party = sequence("party_no");
    b.household = sequence("household_no");
    b.notification = sequence("notification_no");
    b.change = scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM resident_changes"));
    return b;
}

// 異動: one resident_changes row each; returns the rows written and fills each one's time.
qint64 writeChanges(QSqlDatabase db, bool pg, const Town &town, Bases &bases, quint64 seed,
                    std::vector<QString> &changeTimes)
{
    store::BulkInsert changes(db, QStringLiteral("resident_changes"),
        {"id", "change_kind", "reason_code", "effective_date", "notified_date",
         "notification_no", "household_no", "detail", "recorded_at", "recorded_by"},
        pg ? QStringLiteral("OVERRIDING SYSTEM VALUE ") : QString());
    const QString detail = QStringLiteral("{\"source\":\"demotown\",\"seed\":%1,\"kind\":\"")
                               .arg(seed);
    for (size_t i = 0; i < town.changes.size(); ++i) {
        const Change &c = town.changes[i];
        changeTimes[i] = recordedAt(c, int(i));
        changes << bases.change + qint64(i) << c.kind << c.reason << date(c.effective)
                << date(c.notified);
        if (c.notified.isValid())
            changes << bases.notification++;
        else
            changes.null();
        changes << bases.household + c.household << detail + c.kind + QStringLiteral("\"}")
                << changeTimes[i] << 0;
        changes.endRow();
    }
    changes.finish();
    return changes.rows();
}

// 世帯: created when their first row's 異動 was recorded.
qint64 writeHouseholds(QSqlDatabase db, const Town &town, const Bases &bases,
                       const std::vector<QString> &changeTimes)
{
    std::vector<QString> created(town.households.size());
    for (const Person &p : town.people)
        for (const Row &r : p.rows)
            if (created[size_t(r.household)].isEmpty())
                created[size_t(r.household)] = changeTimes[size_t(r.change)];
    store::BulkInsert households(db, QStringLiteral("households"),
                                 {"household_no", "created_at", "version"});
    for (size_t i = 0; i < town.households.size(); ++i) {
        if (created[i].isEmpty())
            continue; // never lived in (cannot happen; kept safe)
        households << bases.household + qint64(i) << created[i] << 1;
        households.endRow();
    }
    households.finish();
    return households.rows();
}

// 宛名 and person versions (the records refer to both).
void writeParties(QSqlDatabase db, const Town &town, const Bases &bases,
                  const std::vector<QString> &changeTimes, WriteCounts &counts)
{
    store::BulkInsert parties(db, QStringLiteral("parties"), {"party_no", "kind", "created_at"});
    store::BulkInsert versions(db, QStringLiteral("resident_versions"), {"party_no", "version"});
    const QString kind = QStringLiteral("resident");
    for (size_t i = 0; i < town.people.size(); ++i) {
        const Person &p = town.people[i];
        parties << bases.party + qint64(i) << kind << changeTimes[size_t(p.rows.front().change)];
        parties.endRow();
    }
    parties.finish();
    for (size_t i = 0; i < town.people.size(); ++i) {
        versions << bases.party + qint64(i) << int(town.people[i].rows.size());
        versions.endRow();
    }
    versions.finish();
    counts.parties = parties.rows();
    counts.versions = versions.rows();
}

void advanceSequences(QSqlDatabase db, bool pg, const Town &town, const Bases &bases)
{
    const auto advance = [&](const char *name, qint64 next) {
        store::exec(db, QStringLiteral("UPDATE number_sequences SET next_value = ? WHERE name = ?"),
                    {next, QLatin1String(name)});
    };
    advance("party_no", bases.party + qint64(town.people.size()));
    advance("household_no", bases.household + qint64(town.households.size()));
    advance("notification_no", bases.notification);
    if (pg)
        store::exec(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('resident_changes', "
                                       "'id'), (SELECT MAX(id) FROM resident_changes))"));
}
} // namespace

WriteCounts writeTown(store::Database &database, const Town &town, const TownData &data,
                      quint64 seed)
{
    WriteCounts counts;
    // Empty tables (the usual first town): the file is written once (store::FreshFileLoad) and
    // the indexes are built after the rows, one sort each, instead of ten b-tree inserts per
    // record row in random key order. With --force on a filled registry both stay as they are.
    const bool empty = scalar(database.connection(),
                              QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM "
                                             "resident_records LIMIT 1) s")) == 0;
    std::unique_ptr<store::FreshFileLoad> fresh;
    if (empty)
        fresh = std::make_unique<store::FreshFileLoad>(database.connection());
    store::Transaction tx(database);
    QSqlDatabase db = tx.db();
    Bases bases = readBases(db);
    const bool pg = database.isPostgres();
    // SQLite: a page cache big enough for the tables and, with --force, the indexes that stay.
    if (!pg)
        store::exec(db, QStringLiteral("PRAGMA cache_size = -262144"));
    std::unique_ptr<store::DeferredIndexes> deferred;
    if (empty)
        deferred = std::make_unique<store::DeferredIndexes>(
            db, pg, QStringList{QStringLiteral("resident_records"),
                                QStringLiteral("resident_changes")});
    std::vector<QString> changeTimes(town.changes.size());
    const qint64 changeBase = bases.change;
    counts.changes = writeChanges(db, pg, town, bases, seed, changeTimes);
    counts.households = writeHouseholds(db, town, bases, changeTimes);
    writeParties(db, town, bases, changeTimes, counts);
    counts.records = writeRecords(db, town, data, bases.party, bases.household, changeBase,
                                  changeTimes, seed);
    if (deferred)
        deferred->restore();
    advanceSequences(db, pg, town, bases);
    tx.commit();
    if (!pg)
        store::exec(db, QStringLiteral("PRAGMA cache_size = -2000")); // SQLite's default
    return counts;
}

} // namespace kikan::resident::demotown
