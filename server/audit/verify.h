// Verification of the audit chain from its anchor to its head: finds edited, deleted, reordered
// and truncated entries. Streams the rows in id order in batches, so memory does not grow with
// the size of the log.
// How it works and what each problem means: docs/audit.md ("Verification").
#pragma once

#include <QList>
#include <QString>

namespace kikan::store {
class Database;
}

namespace kikan::audit {

struct ChainProblem {
    enum class Kind {
        Altered,      // the row's content does not give its stored hash (edited)
        Missing,      // ids are missing between two entries (deleted)
        LinkBroken,   // prev_hash is not the previous entry's hash (deleted, reordered, inserted)
        Truncated,    // audit_head names a last entry the table does not end with
        BeyondHead,   // rows after the head's last entry (inserted without the writer)
        BeforeAnchor, // rows at or before the anchor (retention did not finish, or inserted)
    };
    Kind kind;
    qint64 entryId; // the entry the problem is found at (for Missing: the first missing id)
    QString message; // Japanese, for the administrator
};

struct VerifyResult {
    qint64 checked = 0;     // entries walked
    qint64 anchorId = 0;    // the chain starts after this id
    qint64 lastId = 0;      // the head's last entry
    QList<ChainProblem> problems; // at most kMaxProblems, in id order
    qint64 problemCount = 0;      // all problems found, also those not listed

    bool intact() const { return problemCount == 0; }
    static constexpr int kMaxProblems = 1000;
};

// Walks the whole chain in one read snapshot. Throws core::Failure(store.unavailable) when the store
// cannot be read.
VerifyResult verifyChain(store::Database &database);

// The report the command line prints: "監査ログは改ざんされていません（N 件）" or the problem list.
QString verifyReport(const VerifyResult &result);

} // namespace kikan::audit
