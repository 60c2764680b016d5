// The SQL of 住登外者・法人 (schema/16001_non_resident_parties.sql): their states with history and
// the version per party. Runs on the caller's connection (joins its transaction).
#pragma once

#include "nonresidentparty.h"

#include <QList>
#include <QSqlDatabase>

namespace kikan::non_resident {

void insertRecord(QSqlDatabase db, const PartyRecord &record, qint64 recordedBy);
// Ends the state in force (the next starts on `date`).
void closeCurrent(QSqlDatabase db, qint64 partyNo, QDate date);
std::optional<PartyRecord> recordAsOf(QSqlDatabase db, qint64 partyNo, QDate asOf);
std::optional<PartyRecord> currentRecord(QSqlDatabase db, qint64 partyNo);
QList<PartyRecord> historyOf(QSqlDatabase db, qint64 partyNo); // oldest first
// The party holding a 法人番号 now (0: none).
qint64 partyWithCorporateNumber(QSqlDatabase db, const QString &digits);

// The parties whose 氏名・名称 (氏 and 名 run together, spaces left out) or reading starts with
// `prefix` (no wildcards), current states only, in 宛名番号 order, at most `limit`.
QList<qint64> partyNosByName(QSqlDatabase db, const QString &prefix, int limit);

void insertVersion(QSqlDatabase db, qint64 partyNo);
int versionOf(QSqlDatabase db, qint64 partyNo); // 0: unknown
// Takes the version read: false when another counter changed the party first.
bool claimVersion(QSqlDatabase db, qint64 partyNo, int version);

} // namespace kikan::non_resident
