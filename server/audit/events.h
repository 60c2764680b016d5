// The closed catalogue of the audit module's own events (X-Road style: one name per action, a
// failure is the same name with success = false). docs/audit.md lists every name with its kind
// and detail fields; a test checks the two agree. Other modules keep their catalogue next to
// their code (server/auth/authevents.h, in docs/auth.md); routes name operations in Route::event.
#pragma once

#include "auditlog.h"

#include <QList>

namespace kikan::audit::event {

// 通信: every HTTP request, whatever its outcome.
inline constexpr char HttpRequest[] = "http.request";
// エラー: a 5xx answer, or a 4xx that means misuse (malformed, too large, timed out).
inline constexpr char HttpError[] = "http.error";
// アクセス: somebody read the audit log itself.
inline constexpr char AuditSearch[] = "audit.search";
inline constexpr char AuditExport[] = "audit.export";
// イベント: retention removed old entries.
inline constexpr char AuditPurge[] = "audit.purge";

struct CatalogueEntry {
    const char *name;
    LogKind kind;
};

// Every platform event above with the log it belongs to.
QList<CatalogueEntry> catalogue();

} // namespace kikan::audit::event
