// Masking personal data for the test environment (masking.h; what and why in testenv.h). Names come
// from the demo town's lists (server/resident/demotown TownData: the same weights as the demo);
// the search keys are recomputed as 住民記録 computes them (residentstore insertRecord).
#include "masking.h"

#include "server/resident/demotown/towndata.h"
#include "server/store/database.h"
#include "shared/moji/searchkey.h"
#include "shared/text/kana.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <random>

namespace kikan::operations {

namespace {

using resident::demotown::Name;
using resident::demotown::TownData;

struct Person {
    qint64 household = 0;
    int sexIndex = 0;
    int birthYear = 1980;
    QStringList ownNames; // every name the person's rows hold: never drawn for them
};

const Name &draw(const std::vector<Name> &names, QRandomGenerator &random)
{
    return names.at(random.bounded(quint32(names.size())));
}

// The newest row of each person: household, sex, birth year.
std::map<qint64, Person> people(QSqlDatabase db)
{
    std::map<qint64, Person> all;
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT party_no, household_no, sex, birth_date, "
                                                 "family_name || given_name FROM resident_records "
                                                 "ORDER BY party_no, history_no"));
    while (q.next()) {
        Person &p = all[q.value(0).toLongLong()];
        p.household = q.value(1).toLongLong();
        p.sexIndex = q.value(2).toString() == QLatin1String("2") ? 1 : 0;
        p.birthYear = q.value(3).toString().left(4).toInt();
        p.ownNames << q.value(4).toString();
    }
    return all;
}

int maskNames(QSqlDatabase db, const TownData &town, QRandomGenerator &random)
{
    const std::map<qint64, Person> all = people(db);
    QHash<qint64, const Name *> familyOf; // one family name per household
    for (const auto &[partyNo, person] : all) {
        const Name *family = familyOf.value(person.household);
        if (!family)
            familyOf.insert(person.household, family = &draw(town.familyNames, random));
        const auto &givenNames =
            town.given(qBound(1900, person.birthYear, 2100), person.sexIndex).names;
        const Name *given = &draw(givenNames, random);
        for (int i = 0; i < 100 && person.ownNames.contains(family->text + given->text); ++i)
            given = &draw(givenNames, random);
        const QString name = family->text + given->text;
        store::exec(db, QStringLiteral(
            "UPDATE resident_records SET family_name = ?, given_name = ?, family_name_kana = ?, "
            "given_name_kana = ?, name_key = ?, name_loose_key = ?, kana_key = ?, "
            "former_family_name = NULL, former_name_key = NULL, former_name_loose_key = NULL, "
            "alias = NULL, alias_key = NULL, alias_loose_key = NULL, name_roman = NULL, "
            "my_number = NULL, resident_record_code = NULL, residence_card_no = NULL, "
            "registered_domicile = NULL, family_register_head = NULL, previous_address = NULL, "
            "destination_address = NULL WHERE party_no = ?"),
            {family->text, given->text, family->kana, given->kana, moji::nameSearchKey(name),
             moji::looseNameSearchKey(name), text::kanaKey(family->kana + given->kana), partyNo});
    }
    return int(all.size());
}

// Every household takes the address of the next one in a shuffled ring: nobody keeps their own.
int rotateAddresses(QSqlDatabase db, QRandomGenerator &random)
{
    QSqlQuery q = store::exec(db, QStringLiteral(
        "SELECT household_no, town_area_code, address_number, address_supplement, postal_code "
        "FROM resident_records r WHERE id = (SELECT MAX(id) FROM resident_records "
        "WHERE household_no = r.household_no) ORDER BY household_no"));
    QList<QVariantList> homes;
    while (q.next())
        homes.append({q.value(0), q.value(1), q.value(2), q.value(3), q.value(4)});
    std::shuffle(homes.begin(), homes.end(), std::mt19937_64(random.generate64()));
    for (qsizetype i = 0; i < homes.size() && homes.size() > 1; ++i) {
        const QVariantList &next = homes.at((i + 1) % homes.size());
        store::exec(db, QStringLiteral("UPDATE resident_records SET town_area_code = ?, "
                                       "address_number = ?, address_supplement = ?, "
                                       "postal_code = ? WHERE household_no = ?"),
                    {next.at(1), next.at(2), next.at(3), next.at(4), homes.at(i).at(0)});
    }
    return int(homes.size());
}

} // namespace

MaskCounts maskPersonalData(QSqlDatabase db, quint64 seed)
{
    const TownData town = TownData::load();
    QRandomGenerator random(seed);
    MaskCounts counts;
    counts.people = maskNames(db, town, random);
    counts.households = rotateAddresses(db, random);
    QSqlQuery notes = store::exec(
        db, QStringLiteral("UPDATE protection_measures SET note = NULL WHERE note IS NOT NULL"));
    counts.notes = notes.numRowsAffected();
    // Records that quote personal data as entered: emptied rather than parsed.
    store::exec(db, QStringLiteral("UPDATE resident_changes SET detail = '{}'"));
    store::exec(db, QStringLiteral("UPDATE certificate_issues SET requester = '{}'"));
    store::exec(db, QStringLiteral("DELETE FROM sessions"));
    // The test environment's audit log starts empty (a fresh chain).
    const QString zero(64, QLatin1Char('0'));
    store::exec(db, QStringLiteral("DELETE FROM audit_log"));
    store::exec(db, QStringLiteral("UPDATE audit_head SET last_id = 0, last_hash = ?, "
                                   "anchor_id = 0, anchor_hash = ?"),
                {zero, zero});
    return counts;
}

QStringList leftoverPersonalData(QSqlDatabase masked, const QString &sourceFile)
{
    store::exec(masked, QStringLiteral("ATTACH DATABASE ? AS src"), {sourceFile});
    const QList<QPair<QString, QString>> checks = {
        {QStringLiteral("本人の氏名がそのままの住民票"),
         QStringLiteral("SELECT COUNT(*) FROM resident_records m JOIN src.resident_records s "
                        "ON s.id = m.id WHERE m.family_name = s.family_name "
                        "AND m.given_name = s.given_name")},
        {QStringLiteral("個人番号・住民票コード・在留カード番号・本籍の残る住民票"),
         QStringLiteral("SELECT COUNT(*) FROM resident_records WHERE my_number IS NOT NULL "
                        "OR resident_record_code IS NOT NULL OR residence_card_no IS NOT NULL "
                        "OR registered_domicile IS NOT NULL")},
        {QStringLiteral("元の住所のままの世帯（同じ住所に一世帯だけのもの）"),
         QStringLiteral("SELECT COUNT(*) FROM resident_records m JOIN src.resident_records s "
                        "ON s.id = m.id WHERE m.town_area_code = s.town_area_code "
                        "AND m.address_number = s.address_number "
                        "AND COALESCE(m.address_supplement, '') = COALESCE(s.address_supplement, '') "
                        "AND (SELECT COUNT(DISTINCT household_no) FROM src.resident_records o "
                        "WHERE o.town_area_code = s.town_area_code "
                        "AND o.address_number = s.address_number "
                        "AND COALESCE(o.address_supplement, '') = "
                        "COALESCE(s.address_supplement, '')) = 1")},
        {QStringLiteral("支援措置の備考"),
         QStringLiteral("SELECT COUNT(*) FROM protection_measures WHERE note IS NOT NULL")},
    };
    QStringList found;
    for (const auto &[what, sql] : checks) {
        QSqlQuery q = store::exec(masked, sql);
        if (q.next() && q.value(0).toLongLong() > 0)
            found << QStringLiteral("%1: %2 件").arg(what).arg(q.value(0).toLongLong());
    }
    store::exec(masked, QStringLiteral("DETACH DATABASE src"));
    return found;
}

} // namespace kikan::operations
