// Reading and writing resident_records, households, parties and number_sequences (schema
// 10001_resident_registry.sql, whose top comment explains the history model). Every function takes
// the connection of the caller's transaction (numbers and versions: residentcounters.cpp); the rules
// of the 異動 live in changerules.h, their writing in changewriter.h.
#pragma once

#include "residentrecord.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>

#include <optional>

namespace kikan::resident {

QString statusCode(ResidentStatus status);  // resident | moved_out | deceased | removed
ResidentStatus statusFromCode(const QString &code);
QString kindCode(ResidentKind kind);        // japanese | foreign
ResidentKind kindFromCode(const QString &code);

// The state of a person on `date` (in force and not superseded), if any.
std::optional<ResidentRecord> recordAsOf(QSqlDatabase db, qint64 partyNo, QDate date);
// The person's latest state (valid_to NULL, not superseded): what the next 異動 starts from.
std::optional<ResidentRecord> latestRecord(QSqlDatabase db, qint64 partyNo);
// The latest states of several persons at once (one query), in the order of partyNos; persons
// without a latest state are left out.
QList<ResidentRecord> latestRecords(QSqlDatabase db, const QList<qint64> &partyNos);
// The members of a household on `date`, in 記載順位.
QList<ResidentRecord> householdAsOf(QSqlDatabase db, qint64 householdNo, QDate date);
// Every state (not superseded) that began on or before `date`, of one person (`partyNo`) or of
// everyone (0), with the 届出日 of the 異動 that wrote it (invalid for 職権), in 宛名番号, valid_from and
// 個人履歴番号 order: one query, streamed to `visit` (residentsAsOf folds it).
void forEachStateUpTo(QSqlDatabase db, QDate date, qint64 partyNo,
                      const std::function<void(const ResidentRecord &, QDate notified)> &visit);
// The members whose latest state is in the household (what a change request works on).
QList<ResidentRecord> householdLatest(QSqlDatabase db, qint64 householdNo);
// Every row of a person, superseded ones included, in 個人履歴番号 order.
QList<ResidentRecord> history(QSqlDatabase db, qint64 partyNo);
// The rows a change wrote (not superseded).
QList<ResidentRecord> rowsOfChange(QSqlDatabase db, qint64 changeId);
std::optional<ResidentRecord> recordById(QSqlDatabase db, qint64 id);
// The person's row just before history number `historyNo` (superseded or not): their state before
// the change that wrote `historyNo`.
std::optional<ResidentRecord> recordBefore(QSqlDatabase db, qint64 partyNo, int historyNo);

// A 異動 as recorded in resident_changes (its kind, 異動日 and household).
struct ChangeSummary {
    qint64 id = 0;
    QString kind;
    QDate effectiveDate;
    qint64 householdNo = 0;
};
std::optional<ChangeSummary> changeSummary(QSqlDatabase db, qint64 changeId);
// The ids of the changes recorded after `changeId`, ascending, at most `limit`.
QList<qint64> changeIdsAfter(QSqlDatabase db, qint64 changeId, int limit);

// Inserts a new row (history_no = next for the party; search keys derived here); sets r.id.
void insertRecord(QSqlDatabase db, ResidentRecord &r);
// Fills the 旧氏/通称 search keys of rows written before migration 10004 (a no-op afterwards);
// returns the number of rows filled.
int fillOtherNameKeys(QSqlDatabase db);
// Ends a row's period (the next state starts on `date`).
void closeRecord(QSqlDatabase db, qint64 id, QDate date);
// Marks a row as replaced by a 訂正 or 取消.
void supersedeRecord(QSqlDatabase db, qint64 id, const QString &at, qint64 byChangeId);

// The next number of a sequence (party_no, household_no, notification_no, …).
qint64 nextNumber(QSqlDatabase db, const QString &sequence);
qint64 createParty(QSqlDatabase db, const QString &createdAt);
// A 宛名番号 of any kind (住登外者, 法人 …: party::PartyNumbers) and the kind of a number.
qint64 allocateParty(QSqlDatabase db, const QString &kind, const QString &createdAt);
QString partyKind(QSqlDatabase db, qint64 partyNo);
qint64 createHousehold(QSqlDatabase db, const QString &createdAt);
// 0 when the household does not exist.
int householdVersion(QSqlDatabase db, qint64 householdNo);
// Claims a household for a change: version must match (then it is incremented). Returns false on
// a stale version; throws not found when the household does not exist.
bool claimHousehold(QSqlDatabase db, qint64 householdNo, int version);
void bumpHousehold(QSqlDatabase db, qint64 householdNo);
// 0 when the person has no record.
int personVersion(QSqlDatabase db, qint64 partyNo);
// Claims one person's record (resident_versions) as claimHousehold does a household: the version
// must match, then it is incremented. Returns false on a stale version or an unknown person.
bool claimPerson(QSqlDatabase db, qint64 partyNo, int version);
void bumpPerson(QSqlDatabase db, qint64 partyNo);

} // namespace kikan::resident
