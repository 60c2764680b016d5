// 証明書の発行 over the API (住民基本台帳法 第12条・第12条の3; 住民記録システム標準仕様書 証明書等発行):
// POST /resident/certificates reads the JSON body into a CertificateIssueInput and answers the
// PDF (certificateissue.h does the checks, the 発行番号, certificate_issues and the 印刷ログ);
// GET /resident/certificates/{serial} returns the record. API: docs/resident.md "証明書の発行".
#pragma once

#include "certificateissue.h"
#include "server/core/context.h"
#include "server/http/router.h"

namespace kikan::resident {

void registerCertificateRoutes(core::ServerContext &context, http::Router &router);

} // namespace kikan::resident
