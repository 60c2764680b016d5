// The 異動 kinds, one function each, run inside runChange() (changewriter.h). Request shapes and
// the checks each does: docs/resident.md "異動".
#pragma once

#include "changewriter.h"

namespace kikan::resident {

// moves.cpp — 法第22条 (転入), 第24条の2 (特例転入), 第23条 (転居), 第24条 (転出), 転出取消
void moveIn(ChangeWriter &w);          // move_in, move_in_abroad, move_in_special, official_entry
void moveWithin(ChangeWriter &w);
void moveOut(ChangeWriter &w);
void cancelMoveOut(ChangeWriter &w);
// vitalevents.cpp — 出生, 死亡 (戸籍の届出に基づく記載・消除, 令第12条第2項)
void birth(ChangeWriter &w);
void death(ChangeWriter &w);
// householdchanges.cpp — 法第25条
void changeHouseholder(ChangeWriter &w);
void splitHousehold(ChangeWriter &w);
void mergeHouseholds(ChangeWriter &w);
// officialchanges.cpp — 令第12条 (職権修正・消除), 法第30条の50 (外国人住民), 訂正
void officialCorrection(ChangeWriter &w);
void officialRemoval(ChangeWriter &w);
void updateForeignResident(ChangeWriter &w);
void correctEntry(ChangeWriter &w);

// Shared by the kinds: the household of the request (body householdNo + householdVersion).
qint64 claimRequestHousehold(ChangeWriter &w);
// The address every current member of a household has (from its first member).
ResidentRecord householdAddress(ChangeWriter &w, qint64 householdNo);
bool sameAddress(const ResidentRecord &a, const ResidentRecord &b);
void copyAddress(ResidentRecord &to, const ResidentRecord &from);

} // namespace kikan::resident
