// Numbers and versions of the resident tables (residentstore.h): the number sequences (宛名番号,
// 世帯番号, 届出番号 …) and the versions of households and persons that stop two counters from
// overwriting each other (optimistic concurrency: claim with the version read, then increment).
#include "residentstore.h"

#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/errorcode.h"

#include <QSqlQuery>

namespace kikan::resident {

qint64 nextNumber(QSqlDatabase db, const QString &sequence)
{
    QSqlQuery q = store::exec(db, QStringLiteral("UPDATE number_sequences SET next_value = "
                                                 "next_value + 1 WHERE name = ? "
                                                 "RETURNING next_value"),
                              {sequence});
    if (!q.next())
        throw core::Failure(api::err::Internal, QStringLiteral("番号の系列 %1 がありません。")
                                                     .arg(sequence));
    return q.value(0).toLongLong() - 1;
}

qint64 createParty(QSqlDatabase db, const QString &createdAt)
{
    const qint64 no = nextNumber(db, QStringLiteral("party_no"));
    store::exec(db, QStringLiteral("INSERT INTO parties (party_no, kind, created_at) "
                                   "VALUES (?, 'resident', ?)"),
                {no, createdAt});
    store::exec(db, QStringLiteral("INSERT INTO resident_versions (party_no, version) "
                                   "VALUES (?, 1)"),
                {no});
    return no;
}

qint64 createHousehold(QSqlDatabase db, const QString &createdAt)
{
    const qint64 no = nextNumber(db, QStringLiteral("household_no"));
    store::exec(db, QStringLiteral("INSERT INTO households (household_no, created_at, version) "
                                   "VALUES (?, ?, 1)"),
                {no, createdAt});
    return no;
}

int householdVersion(QSqlDatabase db, qint64 householdNo)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT version FROM households "
                                                 "WHERE household_no = ?"),
                              {householdNo});
    return q.next() ? q.value(0).toInt() : 0;
}

bool claimHousehold(QSqlDatabase db, qint64 householdNo, int version)
{
    // The UPDATE takes the row lock first (PostgreSQL re-checks the version after a concurrent
    // writer commits), so two counters can never both pass with the same version.
    QSqlQuery q = store::exec(db, QStringLiteral("UPDATE households SET version = version + 1 "
                                                 "WHERE household_no = ? AND version = ?"),
                              {householdNo, version});
    if (q.numRowsAffected() == 1)
        return true;
    if (householdVersion(db, householdNo) == 0) {
        throw core::Failure(api::err::NotFound,
                             QStringLiteral("世帯番号 %1 の世帯はありません。").arg(householdNo));
    }
    return false;
}

void bumpHousehold(QSqlDatabase db, qint64 householdNo)
{
    store::exec(db, QStringLiteral("UPDATE households SET version = version + 1 "
                                   "WHERE household_no = ?"),
                {householdNo});
}

int personVersion(QSqlDatabase db, qint64 partyNo)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT version FROM resident_versions "
                                                 "WHERE party_no = ?"),
                              {partyNo});
    return q.next() ? q.value(0).toInt() : 0;
}

bool claimPerson(QSqlDatabase db, qint64 partyNo, int version)
{
    // As claimHousehold: the UPDATE takes the row lock, so of two transactions holding the same
    // version only the first passes (PostgreSQL re-checks the WHERE after the other commits;
    // SQLite serialises writers).
    QSqlQuery q = store::exec(db, QStringLiteral("UPDATE resident_versions SET version = "
                                                 "version + 1 WHERE party_no = ? AND version = ?"),
                              {partyNo, version});
    return q.numRowsAffected() == 1;
}

void bumpPerson(QSqlDatabase db, qint64 partyNo)
{
    store::exec(db, QStringLiteral("UPDATE resident_versions SET version = version + 1 "
                                   "WHERE party_no = ?"),
                {partyNo});
}

} // namespace kikan::resident
