// The 選挙人名簿 tables (rollstore.h).
#include "rollstore.h"

#include "server/store/database.h"
#include "server/store/rowreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kikan::electoral_roll {

using namespace Qt::Literals::StringLiterals;
using store::dateValue;
using store::nullIfEmpty;

namespace {
const char kRegistrationColumns[] =
    "id, party_no, run_id, district_no, registered_on, base_date, registration_reason, "
    "family_name, given_name, family_name_kana, given_name_kana, birth_date, sex, town_area_code, "
    "address, marked_on, mark_reason, removal_due_on, removed_on, removal_reason, version";

Registration readRegistration(const QSqlQuery &q)
{
    store::RowReader row(q);
    Registration r;
    r.id = row.id();
    r.partyNo = row.id();
    r.runId = row.id();
    r.districtNo = row.integer();
    r.registeredOn = row.date();
    r.baseDate = row.date();
    r.reason = row.text();
    r.familyName = row.text();
    r.givenName = row.text();
    r.familyNameKana = row.text();
    r.givenNameKana = row.text();
    r.birthDate = row.date();
    r.sex = row.text();
    r.townAreaCode = row.text();
    r.address = row.text();
    r.markedOn = row.date();
    r.markReason = row.text();
    r.removalDueOn = row.date();
    r.removedOn = row.date();
    r.removalReason = row.text();
    r.version = row.integer();
    return r;
}

QList<Registration> selectRegistrations(QSqlDatabase db, const QString &where,
                                        const QVariantList &values)
{
    QSqlQuery q = store::exec(db, u"SELECT %1 FROM electoral_registrations WHERE %2"_s
                                      .arg(QLatin1String(kRegistrationColumns), where),
                              values);
    QList<Registration> out;
    while (q.next())
        out.append(readRegistration(q));
    return out;
}

QVariantList registrationValues(const Registration &r)
{
    return {r.partyNo, r.runId ? QVariant(r.runId) : QVariant(QMetaType(QMetaType::LongLong)),
            r.districtNo, dateValue(r.registeredOn), dateValue(r.baseDate), r.reason,
            store::notNull(r.familyName), store::notNull(r.givenName),
            store::notNull(r.familyNameKana), store::notNull(r.givenNameKana),
            dateValue(r.birthDate), store::notNull(r.sex), store::notNull(r.townAreaCode),
            store::notNull(r.address), dateValue(r.markedOn), nullIfEmpty(r.markReason),
            dateValue(r.removalDueOn), dateValue(r.removedOn), nullIfEmpty(r.removalReason)};
}

QStringList areasOf(QSqlDatabase db, int no)
{
    QSqlQuery q = store::exec(db, u"SELECT town_area_code FROM polling_district_areas WHERE "
                                  "district_no = ? ORDER BY town_area_code"_s, {no});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void writeAreas(QSqlDatabase db, const District &d)
{
    store::exec(db, u"DELETE FROM polling_district_areas WHERE district_no = ?"_s, {d.no});
    for (const QString &area : d.areas)
        store::exec(db, u"INSERT INTO polling_district_areas (town_area_code, district_no) "
                        "VALUES (?, ?)"_s, {area, d.no});
}
} // namespace

QString Registration::stateOn(QDate date) const
{
    if (removedOn.isValid() && removedOn <= date)
        return u"removed"_s;
    if (markedOn.isValid() && markedOn <= date)
        return u"marked"_s;
    return u"registered"_s;
}

QList<District> districts(QSqlDatabase db)
{
    QSqlQuery q = store::exec(db, u"SELECT district_no, name, polling_place, version FROM "
                                  "polling_districts ORDER BY district_no"_s);
    QList<District> out;
    while (q.next()) {
        store::RowReader row(q);
        District d;
        d.no = row.integer();
        d.name = row.text();
        d.pollingPlace = row.text();
        d.version = row.integer();
        out.append(d);
    }
    for (District &d : out)
        d.areas = areasOf(db, d.no);
    return out;
}

std::optional<District> districtByNo(QSqlDatabase db, int no)
{
    for (const District &d : districts(db))
        if (d.no == no)
            return d;
    return std::nullopt;
}

QHash<QString, int> districtOfAreas(QSqlDatabase db)
{
    QSqlQuery q = store::exec(db, u"SELECT town_area_code, district_no FROM polling_district_areas"_s);
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

void insertDistrict(QSqlDatabase db, const District &d)
{
    store::exec(db, u"INSERT INTO polling_districts (district_no, name, polling_place, version) "
                    "VALUES (?, ?, ?, 1)"_s,
                {d.no, d.name, store::notNull(d.pollingPlace)});
    writeAreas(db, d);
}

bool updateDistrict(QSqlDatabase db, const District &d)
{
    QSqlQuery q = store::exec(db, u"UPDATE polling_districts SET name = ?, polling_place = ?, "
                                  "version = version + 1 WHERE district_no = ? AND version = ?"_s,
                              {d.name, store::notNull(d.pollingPlace), d.no, d.version});
    if (q.numRowsAffected() != 1)
        return false;
    writeAreas(db, d);
    return true;
}

int districtHolding(QSqlDatabase db, const QString &areaCode, int except)
{
    QSqlQuery q = store::exec(db, u"SELECT district_no FROM polling_district_areas WHERE "
                                  "town_area_code = ? AND district_no <> ?"_s, {areaCode, except});
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<Registration> openRegistrationOf(QSqlDatabase db, qint64 partyNo)
{
    const QList<Registration> rows =
        selectRegistrations(db, u"party_no = ? AND removed_on IS NULL"_s, {partyNo});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QList<Registration> registrationsOf(QSqlDatabase db, qint64 partyNo)
{
    return selectRegistrations(db, u"party_no = ? ORDER BY id DESC"_s, {partyNo});
}

QList<Registration> registrationsByKana(QSqlDatabase db, const QString &kanaPrefix, int limit)
{
    return selectRegistrations(db, u"family_name_kana || given_name_kana LIKE ? "
                                    "ORDER BY family_name_kana, given_name_kana, id LIMIT %1"_s
                                       .arg(limit),
                               {kanaPrefix + u'%'});
}

QSet<qint64> openPartyNos(QSqlDatabase db)
{
    QSqlQuery q = store::exec(db, u"SELECT party_no FROM electoral_registrations WHERE "
                                  "removed_on IS NULL"_s);
    QSet<qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

QList<Registration> rollOn(QSqlDatabase db, int districtNo, QDate date)
{
    const QString d = date.toString(Qt::ISODate);
    QString where = u"registered_on <= ? AND (removed_on IS NULL OR removed_on > ?)"_s;
    QVariantList values{d, d};
    if (districtNo) {
        where += u" AND district_no = ?"_s;
        values << districtNo;
    }
    return selectRegistrations(db, where, values);
}

QList<Registration> dueRemovals(QSqlDatabase db, QDate date)
{
    return selectRegistrations(db, u"removed_on IS NULL AND marked_on IS NOT NULL AND "
                                    "removal_due_on <= ? ORDER BY removal_due_on, id"_s,
                               {date.toString(Qt::ISODate)});
}

void insertRegistration(QSqlDatabase db, Registration &r)
{
    r.id = store::insertReturningId(
        db, u"INSERT INTO electoral_registrations (party_no, run_id, district_no, registered_on, "
            "base_date, registration_reason, family_name, given_name, family_name_kana, "
            "given_name_kana, birth_date, sex, town_area_code, address, marked_on, mark_reason, "
            "removal_due_on, removed_on, removal_reason, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"_s,
        registrationValues(r));
    r.version = 1;
}

bool updateRegistration(QSqlDatabase db, const Registration &r)
{
    QVariantList values = registrationValues(r);
    values << r.id << r.version;
    QSqlQuery q = store::exec(
        db, u"UPDATE electoral_registrations SET party_no = ?, run_id = ?, district_no = ?, "
            "registered_on = ?, base_date = ?, registration_reason = ?, family_name = ?, "
            "given_name = ?, family_name_kana = ?, given_name_kana = ?, birth_date = ?, sex = ?, "
            "town_area_code = ?, address = ?, marked_on = ?, mark_reason = ?, removal_due_on = ?, "
            "removed_on = ?, removal_reason = ?, version = version + 1 WHERE id = ? AND "
            "version = ?"_s,
        values);
    return q.numRowsAffected() == 1;
}

void insertEvent(QSqlDatabase db, qint64 registrationId, const RollEvent &e)
{
    store::exec(db, u"INSERT INTO electoral_events (registration_id, kind, on_date, reason, "
                    "article, change_id, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {registrationId, e.kind, dateValue(e.on), store::notNull(e.reason),
                 store::notNull(e.article),
                 e.changeId ? QVariant(e.changeId) : QVariant(QMetaType(QMetaType::LongLong)),
                 e.recordedAt, e.recordedBy});
}

QList<RollEvent> eventsOf(QSqlDatabase db, qint64 registrationId)
{
    QSqlQuery q = store::exec(db, u"SELECT kind, on_date, reason, article, change_id, recorded_at, "
                                  "recorded_by FROM electoral_events WHERE registration_id = ? "
                                  "ORDER BY id"_s, {registrationId});
    QList<RollEvent> out;
    while (q.next()) {
        store::RowReader row(q);
        RollEvent e;
        e.kind = row.text();
        e.on = row.date();
        e.reason = row.text();
        e.article = row.text();
        e.changeId = row.id();
        e.recordedAt = row.text();
        e.recordedBy = row.text();
        out.append(e);
    }
    return out;
}

qint64 insertRun(QSqlDatabase db, const Run &run, const QString &at, qint64 by)
{
    return store::insertReturningId(
        db, u"INSERT INTO electoral_runs (kind, base_date, registration_date, election_name, added, "
            "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {run.kind, dateValue(run.baseDate), dateValue(run.registrationDate),
         store::notNull(run.electionName), run.added, at, by});
}

qint64 insertInspection(QSqlDatabase db, const Inspection &i)
{
    QJsonArray shown;
    for (qint64 p : i.shown)
        shown.append(p);
    return store::insertReturningId(
        db, u"INSERT INTO electoral_inspections (requester, requester_kind, purpose, district_no, "
            "shown, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {i.requester, i.requesterKind, i.purpose, i.districtNo,
         QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact)), i.recordedAt,
         i.recordedBy});
}

QList<Inspection> inspections(QSqlDatabase db, int limit)
{
    QSqlQuery q = store::exec(db, u"SELECT id, requester, requester_kind, purpose, district_no, "
                                  "shown, recorded_at, recorded_by FROM electoral_inspections "
                                  "ORDER BY id DESC LIMIT %1"_s.arg(limit));
    QList<Inspection> out;
    while (q.next()) {
        store::RowReader row(q);
        Inspection i;
        i.id = row.id();
        i.requester = row.text();
        i.requesterKind = row.text();
        i.purpose = row.text();
        i.districtNo = row.integer();
        for (const QJsonValue &v : QJsonDocument::fromJson(row.text().toUtf8()).array())
            i.shown << v.toInteger();
        i.recordedAt = row.text();
        i.recordedBy = row.id();
        out.append(i);
    }
    return out;
}

qint64 changesHeard(QSqlDatabase db)
{
    QSqlQuery q = store::exec(db, u"SELECT next_value FROM electoral_sequences WHERE name = "
                                  "'changes_heard'"_s);
    return q.next() ? q.value(0).toLongLong() : 0;
}

void setChangesHeard(QSqlDatabase db, qint64 changeId)
{
    store::exec(db, u"UPDATE electoral_sequences SET next_value = ? WHERE name = 'changes_heard' "
                    "AND next_value < ?"_s, {changeId, changeId});
}

} // namespace kikan::electoral_roll
