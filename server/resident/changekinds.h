// The 異動 kinds, one function each: the staff member acting and the typed request in, the
// change run as one transaction by runChange() (changewriter.h), the outcome out. Request shapes
// and the checks each does: changerequests.h, changerules.h, docs/resident.md "異動".
#pragma once

#include "changerequests.h"
#include "changewriter.h"

namespace kikan::resident {

// moves.cpp — 法第22条 (転入), 第24条の2 (特例転入), 第23条 (転居), 第24条 (転出), 転出取消;
// moveIn also serves 国外からの転入 and 職権記載 (令第12条第1項): the header names the kind.
ChangeOutcome moveIn(core::ServerContext &, const core::Actor &, const MoveInRequest &);
ChangeOutcome moveWithin(core::ServerContext &, const core::Actor &, const MoveWithinRequest &);
ChangeOutcome moveOut(core::ServerContext &, const core::Actor &, const MoveOutRequest &);
ChangeOutcome cancelMoveOut(core::ServerContext &, const core::Actor &,
                            const MoveOutCancelRequest &);
// vitalevents.cpp — 出生, 死亡 (戸籍の届出に基づく記載・消除, 令第12条第2項)
ChangeOutcome birth(core::ServerContext &, const core::Actor &, const BirthRequest &);
ChangeOutcome death(core::ServerContext &, const core::Actor &, const DeathRequest &);
// householdchanges.cpp — 法第25条
ChangeOutcome changeHouseholder(core::ServerContext &, const core::Actor &,
                                const HouseholderChangeRequest &);
ChangeOutcome splitHousehold(core::ServerContext &, const core::Actor &,
                             const HouseholdSplitRequest &);
ChangeOutcome mergeHouseholds(core::ServerContext &, const core::Actor &,
                              const HouseholdMergeRequest &);
// officialchanges.cpp — 令第12条 (職権修正・消除), 法第30条の50 (外国人住民), 訂正
ChangeOutcome officialCorrection(core::ServerContext &, const core::Actor &,
                                 const OfficialCorrectionRequest &);
ChangeOutcome officialRemoval(core::ServerContext &, const core::Actor &,
                              const OfficialRemovalRequest &);
ChangeOutcome updateForeignResident(core::ServerContext &, const core::Actor &,
                                    const ForeignResidentUpdateRequest &);
ChangeOutcome correctEntry(core::ServerContext &, const core::Actor &, const CorrectionRequest &);

// Shared by the kinds: the address every current member of a household has (its first member's).
ResidentRecord householdAddress(ChangeWriter &w, qint64 householdNo);
void copyAddress(ResidentRecord &to, const ResidentRecord &from);

} // namespace kikan::resident
