// The hash chain of the audit log: the canonical text of an entry and its SHA-256 link.
#pragma once

#include <QByteArray>
#include <QSqlQuery>
#include <QString>

namespace kikan::audit {

// One stored row, as read back for hashing and verification.
struct StoredEntry {
    qint64 id = 0;
    QString occurredAt;
    QString kind;
    QString event;
    bool success = true;
    qint64 userId = 0;
    QString loginId;
    QString authMethod;
    QString sessionRef;
    QString requestId;
    QString clientAddress;
    QString subject;
    QString detail;
    QString prevHash;
    QString hash;
};

// hex(SHA-256(prevHash | id | occurredAt | kind | … | detail)), every field length-prefixed so no
// two different rows share a text.
QString chainHash(const StoredEntry &entry);

// The audit_log columns in StoredEntry order, for "SELECT <kStoredColumns> FROM audit_log …".
inline constexpr char kStoredColumns[] =
    "id, occurred_at, kind, event, success, user_id, login_id, auth_method, session_ref, "
    "request_id, client_address, subject, detail, prev_hash, hash";
// The current row of a query that selected kStoredColumns.
StoredEntry storedEntry(const QSqlQuery &query);

} // namespace kikan::audit
