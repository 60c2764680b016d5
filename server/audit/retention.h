// Retention of the seven logs: entries older than `audit/retention_days` (default 2557 days, about
// seven years) are deleted from the oldest, and the chain's anchor moves past them so that
// verification still passes. Rules and reasons: docs/audit.md ("Retention").
#pragma once

#include <QDateTime>
#include <QString>

namespace kikan::core {
class ServerConfig;
}

namespace kikan::audit {

class AuditLog;

inline constexpr int kDefaultRetentionDays = 2557;

// The configured retention period in days (audit/retention_days; at least 1).
int retentionDays(const core::ServerConfig &config);

struct PurgeResult {
    qint64 deleted = 0;
    qint64 firstId = 0;        // the range deleted (0 when nothing was)
    qint64 lastId = 0;
    QString oldestAt;          // occurred_at of the first and last deleted entries
    QString newestAt;
    QString cutoff;            // entries before this instant (UTC, ISO 8601) were due
    bool refused = false;      // an entry due for deletion did not verify: its batch and all
                               // later entries were kept (earlier batches may have gone)
    QString message;           // Japanese, for the administrator
};

// Deletes, in id order and in batches (each its own transaction moving the anchor), every entry
// that occurred before now − retentionDays, stopping at the first entry that is not due. Before a
// batch is deleted its chain is checked: a range that does not verify is never deleted (the
// evidence would go with it) and the result says refused. Then appends an "audit.purge" event
// (kind event) recording count and range. Throws core::Failure(store.unavailable) on store failure.
PurgeResult purgeExpired(AuditLog &log, int retentionDays);

} // namespace kikan::audit
