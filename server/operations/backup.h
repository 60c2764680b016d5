// Backups of the SQLite store (issue 15, 3; the town's specification 5-(5): daily, kept several
// days, taken without stopping the counters). A backup is `VACUUM INTO` a new file: one read
// transaction, so a consistent snapshot while the counters write (WAL; checked in
// OPERATIONS.md). Each copy is verified before it counts (PRAGMA integrity_check and the audit
// chain, as `kikan-server audit verify`), then copies older than the kept days are removed (the
// newest always stays). `restore` puts a verified copy back while no server holds the data folder.
// PostgreSQL is backed up by pgBackRest instead (docs/operations.md).
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kikan::core {
class ServerConfig;
struct ServerContext;
} // namespace kikan::core
namespace kikan::store {
class Database;
}

namespace kikan::operations {

// Section [backup] of the configuration (docs/configuration.md).
struct BackupSettings {
    QString folder;      // backup/folder, default <data>/backups
    int keepDays = 7;    // backup/keep_days
    static BackupSettings from(const core::ServerConfig &config);
};

struct CopyCheck {
    bool ok = false;
    qint64 auditEntries = 0;
    QString message; // Japanese: what is wrong, or a one-line summary
};

struct BackupResult {
    QString file;
    qint64 bytes = 0;
    qint64 auditEntries = 0;
    QStringList removed; // older copies removed by the retention
};

// The file name of a backup taken at `at` (UTC): kikan-20261202T021500Z.db.
QString backupFileName(const QDateTime &at);
// The backups in folder, newest first.
QStringList listBackups(const QString &folder);

// Integrity check and audit chain of a copy (opened read-only apart from its own WAL files).
CopyCheck verifyCopy(const QString &file);

// Snapshot, verification, retention. Throws std::runtime_error (Japanese) when the store is not
// SQLite or the copy fails its check (the bad copy is kept as <name>.failed for inspection).
BackupResult takeBackup(store::Database &database, const BackupSettings &settings,
                        const QDateTime &now);

// `kikan-server backup` and the scheduled job: takeBackup + an audit entry (operations.backup).
BackupResult backupAndRecord(core::ServerContext &context);

// Replaces the store file by a verified copy. The caller holds the data folder lock. The current
// file is kept as <db>.before-restore-<time>. Throws std::runtime_error (Japanese) on refusal.
QString restoreBackup(const core::ServerConfig &config, const QString &file, const QDateTime &now);

} // namespace kikan::operations
