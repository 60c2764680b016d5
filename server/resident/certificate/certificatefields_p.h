// The printed form of a resident's items on certificates: dates in 和暦 (日本人) or 西暦
// (外国人住民, [要確認]), 不詳 parts, sex, address from the 町字 table, 個人番号 grouped 4-4-4.
#pragma once

#include "certificaterequest.h"
#include "server/resident/residentrecord.h"
#include "shared/core/error.h"
#include "shared/forms/formdata.h"

namespace kikan::resident::detail {

// 昭和55年4月1日 / 1980年4月1日 (西暦 only for a foreign resident's 生年月日 and 在留期間の満了の日,
// 標準仕様書 1.1.9); `unknownParts` 'day', 'month_day' or 'all' print 不詳 there.
QString printedDate(QDate date, ResidentKind kind, const QString &unknownParts = {});
// 鳥取県東伯郡琴浦町大字八橋1番地1　八橋荘101 (prefecture, municipality, townAreaPrefix, 町字,
// 番地; 方書 after a full-width space). Errors:
// certificate.unknown_town_area.
core::Result<QString> printedAddress(const ResidentRecord &record, const TownData &town);
// The values of one person, keys as in docs/forms.md (name, nameKana, birthDate, …). Items not
// requested are empty strings (their labels still print).
forms::Values personValues(const ResidentRecord &record, const CertificateRequest &request,
                           const QString &address);

} // namespace kikan::resident::detail
