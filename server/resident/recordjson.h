// Resident records as JSON for the API (field names as in residentrecord.h / GLOSSARY.md).
// 個人番号 is given in clear only to callers holding resident:my_number, masked otherwise
// (番号法; shared/identity MyNumber::masked).
#pragma once

#include "residentrecord.h"

#include <QJsonObject>

namespace kikan::resident {

QJsonObject recordJson(const ResidentRecord &r, bool showMyNumber);
// The short form used in search results and household lists.
QJsonObject summaryJson(const ResidentRecord &r, bool showMyNumber);

} // namespace kikan::resident
