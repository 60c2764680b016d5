// Bulk writing of the demo town (townwriter.h). Search keys are the registry's own:
// moji::nameSearchKey / looseNameSearchKey of 氏+名 and text::kanaKey of the two readings, as
// server/resident/residentstore.cpp computes them; they are cached per distinct name.
#include "townwriter.h"

#include "server/store/database.h"
#include "shared/moji/searchkey.h"
#include "shared/text/kana.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <memory>
#include <stdexcept>

namespace kikan::resident::demotown {

namespace {

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant date(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}

// INSERTs of `rowsPerStatement` rows at a time through one prepared statement.
class BatchInsert
{
public:
    BatchInsert(QSqlDatabase db, QString head, int columns, int rowsPerStatement = 64)
        : m_db(db), m_head(std::move(head)), m_columns(columns), m_rows(rowsPerStatement)
    {
    }
    ~BatchInsert() = default;

    void add(std::initializer_list<QVariant> values)
    {
        for (const QVariant &v : values)
            m_values.push_back(v);
        if (m_values.size() == qsizetype(m_columns) * m_rows) {
            if (!m_full)
                m_full = prepare(m_rows);
            run(*m_full);
        }
    }
    void flush()
    {
        if (m_values.isEmpty())
            return;
        auto q = prepare(int(m_values.size() / m_columns));
        run(*q);
    }

private:
    std::unique_ptr<QSqlQuery> prepare(int rows)
    {
        const QString one = QLatin1Char('(') + QStringLiteral("?, ").repeated(m_columns - 1)
                            + QStringLiteral("?)");
        QStringList all;
        for (int i = 0; i < rows; ++i)
            all << one;
        auto q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(m_head.arg(all.join(QStringLiteral(", ")))))
            throw std::runtime_error(q->lastError().text().toStdString());
        return q;
    }
    void run(QSqlQuery &q)
    {
        for (qsizetype i = 0; i < m_values.size(); ++i)
            q.bindValue(int(i), m_values.at(i));
        if (!q.exec())
            throw std::runtime_error((m_head.section(QLatin1Char(' '), 2, 2) + QStringLiteral(": ")
                                      + q.lastError().text()).toStdString());
        m_values.clear();
    }

    QSqlDatabase m_db;
    QString m_head;
    int m_columns, m_rows;
    QVariantList m_values;
    std::unique_ptr<QSqlQuery> m_full;
};

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

} // namespace

WriteCounts writeTown(store::Database &database, const Town &town, const TownData &data,
                      quint64 seed)
{
    WriteCounts counts;
    store::Transaction tx(database);
    QSqlDatabase db = tx.db();
    const auto sequence = [&](const char *name) {
        return scalar(db, QStringLiteral("SELECT next_value FROM number_sequences WHERE name = '")
                              + QLatin1String(name) + QLatin1Char('\''));
    };
    const qint64 partyBase = sequence("party_no"), householdBase = sequence("household_no");
    qint64 notification = sequence("notification_no");
    const qint64 changeBase = scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM "
                                                        "resident_changes"));
    const bool pg = database.isPostgres();
    // SQLite: a page cache big enough for the ten resident_records indexes, whose keys (names,
    // codes) arrive in random order; at 1 M residents this cut system time from 76 s to 19 s.
    if (!pg)
        store::exec(db, QStringLiteral("PRAGMA cache_size = -262144"));

    // 異動
    std::vector<QString> changeTimes(town.changes.size());
    {
        BatchInsert changes(db,
            QStringLiteral("INSERT INTO resident_changes (id, change_kind, reason_code, "
                           "effective_date, notified_date, notification_no, household_no, detail, "
                           "recorded_at, recorded_by) %1VALUES %2")
                .arg(pg ? QStringLiteral("OVERRIDING SYSTEM VALUE ") : QString(),
                     QStringLiteral("%1")), 10);
        const QString detail = QStringLiteral("{\"source\":\"demotown\",\"seed\":%1,\"kind\":\"")
                                   .arg(seed);
        for (size_t i = 0; i < town.changes.size(); ++i) {
            const Change &c = town.changes[i];
            changeTimes[i] = recordedAt(c, int(i));
            changes.add({changeBase + qint64(i), c.kind, c.reason, date(c.effective),
                         date(c.notified),
                         c.notified.isValid() ? QVariant(notification++)
                                              : QVariant(QMetaType::fromType<qint64>()),
                         householdBase + c.household, detail + c.kind + QStringLiteral("\"}"),
                         changeTimes[i], 0});
        }
        changes.flush();
        counts.changes = qint64(town.changes.size());
    }
    // 世帯
    {
        std::vector<QString> created(town.households.size());
        for (const Person &p : town.people)
            for (const Row &r : p.rows)
                if (created[size_t(r.household)].isEmpty())
                    created[size_t(r.household)] = changeTimes[size_t(r.change)];
        BatchInsert households(db, QStringLiteral("INSERT INTO households (household_no, "
                                                  "created_at, version) VALUES %1"), 3, 200);
        for (size_t i = 0; i < town.households.size(); ++i) {
            if (created[i].isEmpty())
                continue; // never lived in (cannot happen; kept safe)
            households.add({householdBase + qint64(i), created[i], 1});
            ++counts.households;
        }
        households.flush();
    }
    // 宛名, 住民票, versions
    BatchInsert parties(db, QStringLiteral("INSERT INTO parties (party_no, kind, created_at) "
                                           "VALUES %1"), 3, 200);
    BatchInsert versions(db, QStringLiteral("INSERT INTO resident_versions (party_no, version) "
                                            "VALUES %1"), 2, 300);
    BatchInsert records(db,
        QStringLiteral("INSERT INTO resident_records (party_no, history_no, change_id, valid_from, "
            "valid_to, recorded_at, status, resident_kind, resident_record_code, my_number, "
            "family_name, given_name, family_name_kana, given_name_kana, name_roman, birth_date, "
            "sex, household_no, relationship_code, relationship_text, entry_order, "
            "town_area_code, address_number, postal_code, address_since, resident_since, "
            "previous_address, destination_address, registered_domicile, family_register_head, "
            "nationality, residence_status, period_of_stay, stay_expiry_date, residence_card_no, "
            "article_30_45_class, name_key, name_loose_key, kana_key) VALUES %1"), 39, 40);
    QHash<QString, std::array<QString, 2>> nameKeys;
    QHash<QString, QString> kanaKeys;
    static const char *const statusCodes[] = {"resident", "moved_out", "deceased"};
    // Parties first: the records and versions refer to them.
    for (size_t i = 0; i < town.people.size(); ++i) {
        const Person &p = town.people[i];
        parties.add({partyBase + qint64(i), QStringLiteral("resident"),
                     changeTimes[size_t(p.rows.front().change)]});
    }
    parties.flush();
    for (size_t i = 0; i < town.people.size(); ++i)
        versions.add({partyBase + qint64(i), int(town.people[i].rows.size())});
    versions.flush();
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
            records.add({partyNo, int(h + 1), changeBase + r.change, date(r.validFrom),
                date(r.validTo), changeTimes[size_t(r.change)],
                QLatin1String(statusCodes[int(r.status)]),
                p.foreign ? QStringLiteral("foreign") : QStringLiteral("japanese"),
                p.residentRecordCode, p.myNumber, p.familyName, p.givenName, p.familyNameKana,
                p.givenNameKana, text(p.nameRoman), date(p.birthDate), QString(QLatin1Char(p.sex)),
                householdBase + r.household, r.relationshipCode, r.relationshipText,
                r.entryOrder, area.code, r.addressNumber, text(area.postalCode),
                date(r.addressSince), date(r.residentSince), text(placeText(r.previousPlace)),
                text(placeText(r.destinationPlace)), text(p.registeredDomicile),
                text(p.familyRegisterHead), text(ft ? ft->nationality : QString()),
                text(ft ? ft->status : QString()), text(ft ? ft->period : QString()),
                date(p.stayExpiry), text(p.residenceCardNo),
                text(ft ? ft->article30_45Class : QString()), (*keys)[0], (*keys)[1],
                *kanaKey});
            ++counts.records;
        }
    }
    records.flush();
    counts.parties = counts.versions = qint64(town.people.size());

    const auto advance = [&](const char *name, qint64 next) {
        store::exec(db, QStringLiteral("UPDATE number_sequences SET next_value = ? WHERE name = ?"),
                    {next, QLatin1String(name)});
    };
    advance("party_no", partyBase + qint64(town.people.size()));
    advance("household_no", householdBase + qint64(town.households.size()));
    advance("notification_no", notification);
    if (pg)
        store::exec(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('resident_changes', "
                                       "'id'), (SELECT MAX(id) FROM resident_changes))"));
    tx.commit();
    if (!pg)
        store::exec(db, QStringLiteral("PRAGMA cache_size = -2000")); // SQLite's default
    return counts;
}

} // namespace kikan::resident::demotown
