// 証明書の発行 over the API (住民基本台帳法 第12条・第12条の3; 住民記録システム標準仕様書 証明書等発行):
// POST /resident/certificates renders a 住民票の写し, 除票の写し, 住民票記載事項証明書 or 転出証明書
// as a PDF with a 発行番号 taken in the transaction that records it (certificate_issues), checks
// 支援措置 for every person printed and writes the 印刷ログ; a preview (見本) takes no number and
// records nothing but the access log. GET /resident/certificates/{serial} returns the record.
// API: docs/resident.md "証明書の発行".
#pragma once

#include "certificate/certificaterequest.h"
#include "server/core/context.h"
#include "server/http/router.h"

namespace kikan::resident {

// Access-log events of the certificate routes (the issue itself is certificate.issue, print log).
inline constexpr char CertificatePreviewEvent[] = "certificate.preview";
inline constexpr char CertificateRecordEvent[] = "certificate.record";

void registerCertificateRoutes(core::ServerContext &context, http::Router &router);

// The town printed on certificates: prefecture, municipality, 町長の職名・氏名 and 認証文 from
// resources/town/town.json; the 町字 names from the registry's code table
// (resources/resident/town-areas.json), where the codes in resident_records come from.
TownData certificateTown();

} // namespace kikan::resident
