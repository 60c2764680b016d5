// The rules of the 異動 as pure functions (no database, no clock: the 処理日 is passed in), each
// throwing core::Failure with the field at fault. From 住民基本台帳法: the 届出 dates (第22条〜
// 第25条, 第24条 転出予定), which state each kind accepts (住民, 除票), the household (第25条: one
// 世帯主 per household with members; 世帯分離・合併), 出生・死亡 (令第12条第2項) and 外国人住民
// (第30条の45, 第30条の50). Tests: tests/server/resident/changerules_test.cpp.
#pragma once

#include "codetables.h"
#include "residentrecord.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace kikan::resident {

// --- dates
// The kind in the code edition of the 異動日 (a kind may not exist yet on an earlier date).
const ChangeKindInfo &changeKindOn(const CodeEdition &codes, const QString &kindCode);
// 異動日 ≤ 届出日 ≤ 処理日 (転出: 異動日 ≤ 届出日 + moveOutAdvanceDays); 職権: 異動日 ≤ 処理日.
// A 届出 after the notification period is accepted: the warning is returned.
QStringList checkChangeDates(const CodeEdition &codes, const ChangeKindInfo &kind,
                             QDate effective, QDate notified, QDate today);
// 取消 and 訂正 are dated on the 処理日 unless the request says otherwise.
std::optional<QDate> defaultEffectiveDate(const QString &kindCode, QDate today);
// A new state starts no earlier than the person's latest one (earlier facts: 訂正).
void checkNotBeforeLatest(qint64 partyNo, QDate latestFrom, QDate effective);

// --- the state a kind accepts
// 住民 (not moved out, dead or removed): resident.state otherwise.
void requireResident(const ResidentRecord &r, const QString &field);
// 再転入: a former resident, not a 住民 and not dead.
void requireFormerResident(const ResidentRecord &last, const QString &field);
void requireForeignResident(const ResidentRecord &r);
// A member of the household of the request (`naming`: the message names the person).
void requireMember(const ResidentRecord &r, qint64 householdNo, const QString &field,
                   bool naming = true);

// --- persons
// 生年月日 ≤ 異動日 (転入).
void checkBornBy(const ResidentRecord &r, QDate effective, const QString &path);
// 特例転入 (法第24条の2): on the 個人番号カード, so every person has a 個人番号.
void checkSpecialMoveIn(const QString &kindCode, const ResidentRecord &r, const QString &path);
// 出生: 異動日 = 生年月日; a new-born is not the 世帯主.
void checkBirth(const ResidentRecord &child, QDate effective);
// 死亡: not before the birth; the dead person's 続柄 is not re-stated with the others'.
void checkDeathDate(const ResidentRecord &r, QDate effective);
void checkNotRestated(qint64 deceased, const QList<qint64> &restated);
// 法第30条の50: only the 在留 items change; 満了日 not before the 異動日.
bool isForeignResidentItem(const QString &field);
void checkStayExpiry(const ResidentRecord &r, QDate effective);

// --- addresses
bool sameAddress(const ResidentRecord &a, const ResidentRecord &b);
// Joining a household: the address given must be the household's.
void checkJoinedAddress(const ResidentRecord &given, const ResidentRecord &household);
// 転居: the new address differs from the present one.
void checkNewAddress(const ResidentRecord &r, const ResidentRecord &place);

// --- households (法第25条)
// Every household with members has exactly one 世帯主 (続柄 02).
void checkHouseholder(qint64 householdNo, const QList<ResidentRecord> &members);
// 世帯主変更: a new 世帯主 other than the present one.
void checkNewHouseholder(qint64 next, qint64 previous);
// 世帯分離: some, not all, members leave.
void checkSplit(qsizetype leaving, qsizetype members);
// 世帯合併: into another household at the same address, each joining member's new 続柄 given.
void checkMergeTarget(qint64 from, qint64 to);
void checkMergeMember(const ResidentRecord &member, const ResidentRecord &target,
                      const QList<qint64> &restated);

} // namespace kikan::resident
