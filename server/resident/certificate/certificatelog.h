// The print log (印刷ログ, AuditLog LogKind::Print) entry of an issued certificate: event
// `certificate.issue`, subject `party:<宛名番号>`, detail = kind, serial, options, page count and
// the printed party numbers. Never a 個人番号: only whether it was printed (and the stated reason
// passes through audit::maskText like every text).
#pragma once

#include "certificaterequest.h"
#include "server/audit/auditlog.h"

namespace kikan::resident {

inline constexpr char CertificateIssueEvent[] = "certificate.issue";

// `base` carries who and from where (AuditEntry::forRequest); kind, event, subject and detail
// are set here. Log it with AuditLog::append before handing the PDF out.
audit::AuditEntry certificatePrintLogEntry(const IssuedCertificate &issued,
                                           audit::AuditEntry base = {});

} // namespace kikan::resident
