// JSON of the 選挙人名簿's API (routes.cpp): requests read with a Japanese message per bad field
// (core::Failure::invalidField), results written with ISO dates and null for what is not set.
#pragma once

#include "roll.h"

#include <QJsonObject>

namespace kikan::electoral_roll {

RunRequest runRequestFromJson(const QJsonObject &body);
QDate dateFromJson(const QJsonObject &body, const QString &field, bool required);
bool dryRunFromJson(const QJsonObject &body);
District districtFromJson(const QJsonObject &body, int no);
// The 閲覧 request and the 宛名番号 to show (empty: the whole 投票区).
Inspection inspectionFromJson(const QJsonObject &body, QList<qint64> &partyNos);

QJsonObject runJson(const RunResult &result);
QJsonObject registrationJson(const Registration &r);
QJsonObject electorJson(const ElectorView &v);
QJsonObject districtJson(const District &d);
QJsonObject inspectionJson(const Inspection &i);

} // namespace kikan::electoral_roll
