// Issuing a resident certificate (住民基本台帳法 第12条・第12条の3; 住民記録システム標準仕様書
// 証明書等発行): the typed request checked by the rules (certificaterules.h), the records as of the
// date, 支援措置 for every person printed (protection.h), then the PDF with a 発行番号 taken in the
// transaction that records it (certificate_issues) and the 印刷ログ entry; a preview (見本) takes
// no number and records nothing but the access log. No HTTP here: certificateroutes.cpp.
#pragma once

#include "certificate/certificaterenderer.h"
#include "certificaterules.h"
#include "certificatestore.h"
#include "server/core/actor.h"
#include "server/core/context.h"

namespace kikan::resident {

// Access-log events of the certificates (the issue itself is certificate.issue, print log).
inline constexpr char CertificatePreviewEvent[] = "certificate.preview";
inline constexpr char CertificateRecordEvent[] = "certificate.record";
// Print log: an issued certificate printed again (same 発行番号, same content, with a reason).
inline constexpr char CertificateReprintEvent[] = "certificate.reprint";

struct CertificateIssueInput {
    CertificateRequest request; // kind and options; dates, serial and town are filled in issuing
    CertificateTarget target;
    Requester requester;
    QDate asOf;                 // null: the 処理日
    bool preview = false;       // 見本: 発行番号 SAMPLE, no number, no row, no print log
};

// Checks, renders and records (see above). Every refusal is logged under certificate.issue (print
// log; certificate.preview for a preview) with success = false, then thrown.
RenderedCertificate issueCertificate(core::ServerContext &context, const core::Actor &actor,
                                     CertificateIssueInput input);
// The refusal entry of a request that could not even be read (the routes).
void recordIssueRefusal(core::ServerContext &context, const core::Actor &actor,
                        const CertificateIssueInput &input, const core::Failure &failure);

// 再印刷: the certificate `serial` printed again as it was issued — same 発行番号, 証明日 and
// content (the records as of its date, checked against the hash its verification code signed:
// a 訂正 since then refuses with verification.content_changed, issue a new one) — with the
// reason staff give, in the print log (certificate.reprint). The rights and 支援措置 are checked
// again as for an issue.
RenderedCertificate reprintCertificate(core::ServerContext &context, const core::Actor &actor,
                                       const QString &serial, const QString &reason);

// The record of an issued certificate (access log certificate.record; certificate.not_found).
CertificateIssueRow certificateIssueRecord(core::ServerContext &context,
                                           const core::Actor &actor, const QString &serial);

// The town printed on certificates: prefecture, municipality, 町長の職名・氏名 and 認証文 from
// resources/town/town.json; the 町字 names from the registry's code table
// (resources/resident/town-areas.json), where the codes in resident_records come from.
TownData certificateTown();

} // namespace kikan::resident
