// The 異動 requests read from their JSON bodies (changerequests.h; the fields of each kind in
// docs/resident.md "異動"): the same field names, request.validation refusals and Japanese
// messages the API has always had. Used by changeroutes.cpp; no HTTP here.
#pragma once

#include "changerequests.h"

#include <QJsonObject>

namespace kikan::resident {

// 異動日, the kind in the code edition of that day, 届出日 (届出 kinds) and the body as entered.
ChangeHeader parseChangeHeader(const QJsonObject &body, const QString &kindCode);

MoveInRequest parseMoveIn(const QJsonObject &body, const QString &kindCode);
MoveWithinRequest parseMoveWithin(const QJsonObject &body, const QString &kindCode);
MoveOutRequest parseMoveOut(const QJsonObject &body, const QString &kindCode);
MoveOutCancelRequest parseMoveOutCancel(const QJsonObject &body, const QString &kindCode);
BirthRequest parseBirth(const QJsonObject &body, const QString &kindCode);
DeathRequest parseDeath(const QJsonObject &body, const QString &kindCode);
HouseholderChangeRequest parseHouseholderChange(const QJsonObject &body, const QString &kindCode);
HouseholdSplitRequest parseHouseholdSplit(const QJsonObject &body, const QString &kindCode);
HouseholdMergeRequest parseHouseholdMerge(const QJsonObject &body, const QString &kindCode);
OfficialCorrectionRequest parseOfficialCorrection(const QJsonObject &body,
                                                  const QString &kindCode);
OfficialRemovalRequest parseOfficialRemoval(const QJsonObject &body, const QString &kindCode);
ForeignResidentUpdateRequest parseForeignResidentUpdate(const QJsonObject &body,
                                                        const QString &kindCode);
CorrectionRequest parseCorrection(const QJsonObject &body, const QString &kindCode);

} // namespace kikan::resident
