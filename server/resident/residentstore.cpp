// The resident tables (residentstore.h). Names are stored NFC with IVS kept; the search keys are
// derived here so that no writer can forget them (CHARACTERS.md "Search keys").
#include "residentstore.h"

#include "server/core/failure.h"
#include "server/core/dates.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"
#include "shared/api/errorcode.h"
#include "shared/moji/searchkey.h"
#include "shared/text/kana.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace kikan::resident {

namespace {
const char kColumns[] =
    "id, party_no, history_no, change_id, valid_from, valid_to, recorded_at, superseded_at, "
    "superseded_by_change_id, status, resident_kind, resident_record_code, my_number, "
    "family_name, given_name, family_name_kana, given_name_kana, former_family_name, alias, "
    "name_roman, birth_date, birth_date_unknown, sex, household_no, relationship_code, "
    "relationship_text, entry_order, town_area_code, address_number, address_supplement, "
    "postal_code, address_since, resident_since, previous_address, destination_address, "
    "registered_domicile, family_register_head, nationality, residence_status, period_of_stay, "
    "stay_expiry_date, residence_card_no, article_30_45_class";

// Optional text columns are NULL when empty (store::nullIfEmpty), dates ISO text or NULL.
using store::dateValue;
QVariant text(const QString &s)
{
    return store::nullIfEmpty(s);
}

ResidentRecord readRow(const QSqlQuery &q)
{
    ResidentRecord r;
    store::RowReader row(q);
    r.id = row.id();
    r.partyNo = row.id();
    r.historyNo = row.integer();
    r.changeId = row.id();
    r.validFrom = row.date();
    r.validTo = row.date();
    r.recordedAt = row.text();
    r.supersededAt = row.text();
    r.supersededByChangeId = row.id();
    r.status = statusFromCode(row.text());
    r.kind = kindFromCode(row.text());
    r.residentRecordCode = row.text();
    r.myNumber = row.text();
    r.familyName = row.text();
    r.givenName = row.text();
    r.familyNameKana = row.text();
    r.givenNameKana = row.text();
    r.formerFamilyName = row.text();
    r.alias = row.text();
    r.nameRoman = row.text();
    r.birthDate = row.date();
    r.birthDateUnknown = row.text();
    r.sex = row.text();
    r.householdNo = row.id();
    r.relationshipCode = row.text();
    r.relationshipText = row.text();
    r.entryOrder = row.integer();
    r.townAreaCode = row.text();
    r.addressNumber = row.text();
    r.addressSupplement = row.text();
    r.postalCode = row.text();
    r.addressSince = row.date();
    r.residentSince = row.date();
    r.previousAddress = row.text();
    r.destinationAddress = row.text();
    r.registeredDomicile = row.text();
    r.familyRegisterHead = row.text();
    r.nationality = row.text();
    r.residenceStatus = row.text();
    r.periodOfStay = row.text();
    r.stayExpiryDate = row.date();
    r.residenceCardNo = row.text();
    r.article30_45Class = row.text();
    return r;
}

QList<ResidentRecord> select(QSqlDatabase db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 FROM resident_records WHERE %2")
                                      .arg(QLatin1String(kColumns), where),
                              values);
    QList<ResidentRecord> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

std::optional<ResidentRecord> first(const QList<ResidentRecord> &rows)
{
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

// The search keys of the 旧氏 (with the given name) and of the 通称: strict and loose, NULL when
// the person has none (10004).
QVariantList otherNameKeys(const QString &formerFamilyName, const QString &givenName,
                           const QString &alias)
{
    QVariantList keys;
    for (const QString &name : {formerFamilyName.isEmpty() ? QString()
                                                           : formerFamilyName + givenName,
                                alias}) {
        keys << text(name.isEmpty() ? QString() : moji::nameSearchKey(name))
             << text(name.isEmpty() ? QString() : moji::looseNameSearchKey(name));
    }
    return keys;
}

const QString kInForce = QStringLiteral(
    "superseded_at IS NULL AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)");
} // namespace

QString statusCode(ResidentStatus status)
{
    switch (status) {
    case ResidentStatus::Resident: return QStringLiteral("resident");
    case ResidentStatus::MovedOut: return QStringLiteral("moved_out");
    case ResidentStatus::Deceased: return QStringLiteral("deceased");
    case ResidentStatus::Removed: return QStringLiteral("removed");
    }
    return {};
}

ResidentStatus statusFromCode(const QString &code)
{
    if (code == QLatin1String("moved_out"))
        return ResidentStatus::MovedOut;
    if (code == QLatin1String("deceased"))
        return ResidentStatus::Deceased;
    if (code == QLatin1String("removed"))
        return ResidentStatus::Removed;
    return ResidentStatus::Resident;
}

QString kindCode(ResidentKind kind)
{
    return kind == ResidentKind::Foreign ? QStringLiteral("foreign") : QStringLiteral("japanese");
}

ResidentKind kindFromCode(const QString &code)
{
    return code == QLatin1String("foreign") ? ResidentKind::Foreign : ResidentKind::Japanese;
}

std::optional<ResidentRecord> recordAsOf(QSqlDatabase db, qint64 partyNo, QDate date)
{
    const QString d = core::isoDate(date);
    return first(select(db, QStringLiteral("party_no = ? AND ") + kInForce
                                + QStringLiteral(" ORDER BY history_no DESC"),
                        {partyNo, d, d}));
}

std::optional<ResidentRecord> latestRecord(QSqlDatabase db, qint64 partyNo)
{
    return first(select(db, QStringLiteral("party_no = ? AND superseded_at IS NULL AND "
                                           "valid_to IS NULL ORDER BY history_no DESC"),
                        {partyNo}));
}

QList<ResidentRecord> latestRecords(QSqlDatabase db, const QList<qint64> &partyNos)
{
    if (partyNos.isEmpty())
        return {};
    QVariantList values;
    QStringList marks;
    for (qint64 p : partyNos) {
        values.append(p);
        marks.append(QStringLiteral("?"));
    }
    QHash<qint64, ResidentRecord> latest;
    for (const ResidentRecord &r : select(db, QStringLiteral("party_no IN (%1) AND superseded_at "
                                                             "IS NULL AND valid_to IS NULL")
                                                  .arg(marks.join(QLatin1Char(','))),
                                          values)) {
        auto it = latest.find(r.partyNo);
        if (it == latest.end() || it->historyNo < r.historyNo)
            latest.insert(r.partyNo, r);
    }
    QList<ResidentRecord> out;
    for (qint64 p : partyNos) {
        if (latest.contains(p))
            out.append(latest.value(p));
    }
    return out;
}

QList<ResidentRecord> householdAsOf(QSqlDatabase db, qint64 householdNo, QDate date)
{
    const QString d = core::isoDate(date);
    return select(db, QStringLiteral("household_no = ? AND status = 'resident' AND ") + kInForce
                          + QStringLiteral(" ORDER BY entry_order, party_no"),
                  {householdNo, d, d});
}

void forEachStateUpTo(QSqlDatabase db, QDate date, qint64 partyNo,
                      const std::function<void(const ResidentRecord &, QDate notified)> &visit)
{
    QVariantList values{core::isoDate(date)};
    if (partyNo)
        values.append(partyNo);
    QSqlQuery q = store::exec(
        db, QStringLiteral("SELECT %1, (SELECT notified_date FROM resident_changes c WHERE "
                           "c.id = resident_records.change_id) FROM resident_records WHERE "
                           "superseded_at IS NULL AND valid_from <= ?%2 "
                           "ORDER BY party_no, valid_from, history_no")
                .arg(QLatin1String(kColumns),
                     partyNo ? QStringLiteral(" AND party_no = ?") : QString()),
        values);
    const int notifiedColumn = q.record().count() - 1;
    while (q.next())
        visit(readRow(q), store::RowReader(q, notifiedColumn).date());
}

QList<ResidentRecord> householdLatest(QSqlDatabase db, qint64 householdNo)
{
    return select(db, QStringLiteral("household_no = ? AND status = 'resident' AND "
                                     "superseded_at IS NULL AND valid_to IS NULL "
                                     "ORDER BY entry_order, party_no"),
                  {householdNo});
}

QList<ResidentRecord> history(QSqlDatabase db, qint64 partyNo)
{
    return select(db, QStringLiteral("party_no = ? ORDER BY history_no"), {partyNo});
}

QList<ResidentRecord> rowsOfChange(QSqlDatabase db, qint64 changeId)
{
    return select(db, QStringLiteral("change_id = ? AND superseded_at IS NULL ORDER BY id"),
                  {changeId});
}

std::optional<ResidentRecord> recordById(QSqlDatabase db, qint64 id)
{
    return first(select(db, QStringLiteral("id = ?"), {id}));
}

std::optional<ResidentRecord> recordBefore(QSqlDatabase db, qint64 partyNo, int historyNo)
{
    return first(select(db, QStringLiteral("party_no = ? AND history_no < ? "
                                           "ORDER BY history_no DESC LIMIT 1"),
                        {partyNo, historyNo}));
}

std::optional<ChangeSummary> changeSummary(QSqlDatabase db, qint64 changeId)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT change_kind, effective_date, household_no "
                                                 "FROM resident_changes WHERE id = ?"),
                              {changeId});
    if (!q.next())
        return std::nullopt;
    store::RowReader row(q);
    return ChangeSummary{changeId, row.text(), row.date(), row.id()}; // braces: in order
}

QList<qint64> changeIdsAfter(QSqlDatabase db, qint64 changeId, int limit)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT id FROM resident_changes WHERE id > ? "
                                                 "ORDER BY id LIMIT ?"),
                              {changeId, limit});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void insertRecord(QSqlDatabase db, ResidentRecord &r)
{
    QSqlQuery n = store::exec(db, QStringLiteral("SELECT COALESCE(MAX(history_no), 0) + 1 FROM "
                                                 "resident_records WHERE party_no = ?"),
                              {r.partyNo});
    n.next();
    r.historyNo = n.value(0).toInt();
    const QString name = r.familyName + r.givenName;
    QVariantList values{
        r.partyNo, r.historyNo, r.changeId, dateValue(r.validFrom), dateValue(r.validTo),
        r.recordedAt, statusCode(r.status), kindCode(r.kind), text(r.residentRecordCode),
        text(r.myNumber), r.familyName, r.givenName, r.familyNameKana, r.givenNameKana,
        text(r.formerFamilyName), text(r.alias), text(r.nameRoman), dateValue(r.birthDate),
        text(r.birthDateUnknown), r.sex, r.householdNo, r.relationshipCode, r.relationshipText,
        r.entryOrder, r.townAreaCode, r.addressNumber, text(r.addressSupplement),
        text(r.postalCode), dateValue(r.addressSince), dateValue(r.residentSince),
        text(r.previousAddress), text(r.destinationAddress), text(r.registeredDomicile),
        text(r.familyRegisterHead), text(r.nationality), text(r.residenceStatus),
        text(r.periodOfStay), dateValue(r.stayExpiryDate), text(r.residenceCardNo),
        text(r.article30_45Class), moji::nameSearchKey(name), moji::looseNameSearchKey(name),
        text::kanaKey(r.familyNameKana + r.givenNameKana)};
    values += otherNameKeys(r.formerFamilyName, r.givenName, r.alias);
    r.id = store::insertReturningId(
        db,
        QStringLiteral("INSERT INTO resident_records (%1, name_key, name_loose_key, kana_key, "
                       "former_name_key, former_name_loose_key, alias_key, alias_loose_key) "
                       "VALUES (?, ?, ?, ?, ?, ?, NULL, NULL%2) RETURNING id")
            .arg(QString::fromLatin1(kColumns).section(QStringLiteral(", "), 1),
                 QStringLiteral(", ?").repeated(41)),
        values);
}

int fillOtherNameKeys(QSqlDatabase db)
{
    QSqlQuery q = store::exec(db, QStringLiteral(
        "SELECT id, given_name, former_family_name, alias FROM resident_records WHERE "
        "(former_family_name IS NOT NULL AND former_family_name <> '' AND former_name_key IS NULL) "
        "OR (alias IS NOT NULL AND alias <> '' AND alias_key IS NULL)"));
    QList<QVariantList> updates;
    while (q.next()) {
        updates.append(otherNameKeys(q.value(2).toString(), q.value(1).toString(),
                                     q.value(3).toString())
                       << q.value(0));
    }
    for (const QVariantList &u : std::as_const(updates)) {
        store::exec(db, QStringLiteral("UPDATE resident_records SET former_name_key = ?, "
                                       "former_name_loose_key = ?, alias_key = ?, "
                                       "alias_loose_key = ? WHERE id = ?"), u);
    }
    return int(updates.size());
}

void closeRecord(QSqlDatabase db, qint64 id, QDate date)
{
    store::exec(db, QStringLiteral("UPDATE resident_records SET valid_to = ? WHERE id = ?"),
                {core::isoDate(date), id});
}

void supersedeRecord(QSqlDatabase db, qint64 id, const QString &at, qint64 byChangeId)
{
    store::exec(db, QStringLiteral("UPDATE resident_records SET superseded_at = ?, "
                                   "superseded_by_change_id = ? WHERE id = ?"),
                {at, byChangeId, id});
}

} // namespace kikan::resident
