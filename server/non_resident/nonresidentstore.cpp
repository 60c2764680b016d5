// The SQL of 住登外者・法人 (nonresidentstore.h).
#include "nonresidentstore.h"

#include "server/store/database.h"
#include "server/store/rowreader.h"

#include <QSqlQuery>

namespace kikan::non_resident {

namespace {
const QString kColumns = QStringLiteral(
    "party_no, history_no, valid_from, valid_to, recorded_at, kind, status, family_name, "
    "given_name, family_name_kana, given_name_kana, birth_date, sex, corporate_number, "
    "postal_code, address, note");

PartyRecord readRecord(const QSqlQuery &q)
{
    store::RowReader row(q);
    PartyRecord r;
    r.partyNo = row.id();
    r.historyNo = row.integer();
    r.validFrom = row.date();
    r.validTo = row.date();
    r.recordedAt = row.text();
    PartyInput &f = r.fields;
    f.kind = row.text();
    f.closed = row.text() == QLatin1String("closed");
    f.familyName = row.text();
    f.givenName = row.text();
    f.familyNameKana = row.text();
    f.givenNameKana = row.text();
    f.birthDate = row.date();
    f.sex = row.text();
    f.corporateNumber = row.text();
    f.postalCode = row.text();
    f.address = row.text();
    f.note = row.text();
    return r;
}

std::optional<PartyRecord> one(QSqlDatabase db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 FROM non_resident_records WHERE %2")
                                      .arg(kColumns, where), values);
    if (!q.next())
        return std::nullopt;
    return readRecord(q);
}
} // namespace

void insertRecord(QSqlDatabase db, const PartyRecord &r, qint64 recordedBy)
{
    const PartyInput &f = r.fields;
    store::exec(db, QStringLiteral("INSERT INTO non_resident_records (%1, recorded_by) VALUES "
                                   "(?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .arg(kColumns),
                {r.partyNo, r.historyNo, store::dateValue(r.validFrom), r.recordedAt, f.kind,
                 f.closed ? QStringLiteral("closed") : QStringLiteral("active"),
                 store::notNull(f.familyName), store::notNull(f.givenName),
                 store::notNull(f.familyNameKana), store::notNull(f.givenNameKana),
                 store::dateValue(f.birthDate), store::notNull(f.sex),
                 store::nullIfEmpty(f.corporateNumber), store::notNull(f.postalCode),
                 store::notNull(f.address), store::notNull(f.note), recordedBy});
}

void closeCurrent(QSqlDatabase db, qint64 partyNo, QDate date)
{
    store::exec(db, QStringLiteral("UPDATE non_resident_records SET valid_to = ? "
                                   "WHERE party_no = ? AND valid_to IS NULL"),
                {store::dateValue(date), partyNo});
}

std::optional<PartyRecord> recordAsOf(QSqlDatabase db, qint64 partyNo, QDate asOf)
{
    const QString d = asOf.toString(Qt::ISODate);
    return one(db, QStringLiteral("party_no = ? AND valid_from <= ? AND (valid_to IS NULL OR "
                                  "valid_to > ?) ORDER BY history_no DESC LIMIT 1"),
               {partyNo, d, d});
}

std::optional<PartyRecord> currentRecord(QSqlDatabase db, qint64 partyNo)
{
    return one(db, QStringLiteral("party_no = ? AND valid_to IS NULL"), {partyNo});
}

QList<PartyRecord> historyOf(QSqlDatabase db, qint64 partyNo)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 FROM non_resident_records WHERE "
                                                 "party_no = ? ORDER BY history_no").arg(kColumns),
                              {partyNo});
    QList<PartyRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

qint64 partyWithCorporateNumber(QSqlDatabase db, const QString &digits)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT party_no FROM non_resident_records WHERE "
                                                 "corporate_number = ? AND valid_to IS NULL"),
                              {digits});
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<qint64> partyNosByName(QSqlDatabase db, const QString &prefix, int limit)
{
    const QString like = prefix + QLatin1Char('%');
    QSqlQuery q = store::exec(
        db, QStringLiteral("SELECT party_no FROM non_resident_records WHERE valid_to IS NULL AND "
                           "(family_name || given_name LIKE ? OR "
                           "family_name_kana || given_name_kana LIKE ?) "
                           "ORDER BY party_no LIMIT %1").arg(limit),
        {like, like});
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

void insertVersion(QSqlDatabase db, qint64 partyNo)
{
    store::exec(db, QStringLiteral("INSERT INTO non_resident_versions (party_no, version) "
                                   "VALUES (?, 1)"), {partyNo});
}

int versionOf(QSqlDatabase db, qint64 partyNo)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT version FROM non_resident_versions "
                                                 "WHERE party_no = ?"), {partyNo});
    return q.next() ? q.value(0).toInt() : 0;
}

bool claimVersion(QSqlDatabase db, qint64 partyNo, int version)
{
    QSqlQuery q = store::exec(db, QStringLiteral("UPDATE non_resident_versions SET version = "
                                                 "version + 1 WHERE party_no = ? AND version = ?"),
                              {partyNo, version});
    return q.numRowsAffected() == 1;
}

} // namespace kikan::non_resident
