// 照会 (住民記録システム標準仕様書 検索・照会): one person with the household, the history and
// the status flags in one response, as of a date (default: today). Every view writes the access
// log (resident.view, subject party:<no>); 支援措置 persons need resident:protected.
#pragma once

#include "residentrecord.h"

#include "server/core/context.h"
#include "server/http/request.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace kikan::resident {

// GET /resident/persons/{partyNo}?date=
QJsonObject personInquiry(core::ServerContext &context, const http::Request &request);
// GET /resident/households/{householdNo}?date=
QJsonObject householdInquiry(core::ServerContext &context, const http::Request &request);

} // namespace kikan::resident
