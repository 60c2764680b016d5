// 証明書の発行 over the API (住民基本台帳法 第12条・第12条の3; 住民記録システム標準仕様書 証明書等発行):
// POST /resident/certificates reads the JSON body into a CertificateIssueInput and answers the
// PDF (certificateissue.h does the checks, the 発行番号, certificate_issues and the 印刷ログ);
// GET /resident/certificates/{serial} returns the record. API: docs/resident.md "証明書の発行".
// registerCertificateRoutes is declared with the module's other routes in routes.h; this header
// gives the module (module.cpp) the certificate events.
#pragma once

#include "certificate/certificatelog.h"
#include "certificateissue.h"
#include "routes.h"
