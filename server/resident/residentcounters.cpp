// Numbers and versions of the resident tables (residentstore.h): the number sequences (宛名番号 of
// every kind of party — party::PartyNumbers —, 世帯番号, 届出番号 …) and the versions of households
// and persons that stop two counters from overwriting each other (optimistic concurrency: claim with the version read, then increment).
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

qint64 allocateParty(QSqlDatabase db, const QString &kind, const QString &createdAt)
{
    const qint64 no = nextNumber(db, QStringLiteral("party_no"));
    store::exec(db, QStringLiteral("INSERT INTO parties (party_no, kind, created_at) "
                                   "VALUES (?, ?, ?)"),
                {no, kind, createdAt});
    return no;
}

QString partyKind(QSqlDatabase db, qint64 partyNo)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT kind FROM parties WHERE party_no = ?"),
                              {partyNo});
    return q.next() ? q.value(0).toString() : QString();
}

qint64 createParty(QSqlDatabase db, const QString &createdAt)
{
    const qint64 no = allocateParty(db, QStringLiteral("resident"), createdAt);
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

namespace {
// A versioned row: households by 世帯番号, persons (resident_versions) by 宛名番号.
struct Versioned {
    const char *table;
    const char *key;
};
constexpr Versioned kHousehold{"households", "household_no"};
constexpr Versioned kPerson{"resident_versions", "party_no"};

int versionOf(QSqlDatabase db, const Versioned &v, qint64 key)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT version FROM %1 WHERE %2 = ?")
                                      .arg(QLatin1String(v.table), QLatin1String(v.key)),
                              {key});
    return q.next() ? q.value(0).toInt() : 0;
}

// The UPDATE takes the row lock first, so of two transactions holding the same version only the
// first passes (PostgreSQL re-checks the WHERE after the other commits; SQLite serialises
// writers). Returns whether the version matched.
bool claim(QSqlDatabase db, const Versioned &v, qint64 key, int version)
{
    QSqlQuery q = store::exec(db, QStringLiteral("UPDATE %1 SET version = version + 1 "
                                                 "WHERE %2 = ? AND version = ?")
                                      .arg(QLatin1String(v.table), QLatin1String(v.key)),
                              {key, version});
    return q.numRowsAffected() == 1;
}

void bump(QSqlDatabase db, const Versioned &v, qint64 key)
{
    store::exec(db, QStringLiteral("UPDATE %1 SET version = version + 1 WHERE %2 = ?")
                        .arg(QLatin1String(v.table), QLatin1String(v.key)),
                {key});
}
} // namespace

int householdVersion(QSqlDatabase db, qint64 householdNo)
{
    return versionOf(db, kHousehold, householdNo);
}

bool claimHousehold(QSqlDatabase db, qint64 householdNo, int version)
{
    if (claim(db, kHousehold, householdNo, version))
        return true;
    if (householdVersion(db, householdNo) == 0) {
        throw core::Failure(api::err::NotFound,
                            QStringLiteral("世帯番号 %1 の世帯はありません。").arg(householdNo));
    }
    return false;
}

void bumpHousehold(QSqlDatabase db, qint64 householdNo)
{
    bump(db, kHousehold, householdNo);
}

int personVersion(QSqlDatabase db, qint64 partyNo)
{
    return versionOf(db, kPerson, partyNo);
}

bool claimPerson(QSqlDatabase db, qint64 partyNo, int version)
{
    return claim(db, kPerson, partyNo, version);
}

void bumpPerson(QSqlDatabase db, qint64 partyNo)
{
    bump(db, kPerson, partyNo);
}

} // namespace kikan::resident
