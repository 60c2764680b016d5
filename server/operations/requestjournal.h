// Request ids for changes (issue 15, 二重化): the client sends `Idempotency-Key: <UUID>` with every
// change request and retries a change only with the same key. This journal keeps, per key, who
// sent which request (a fingerprint of method, path, query and body) and the answer it got; the
// key is written in the same transaction as the change (store::CommitHook), the answer right
// after. Plain types only: reading the header and replaying the answer over HTTP is
// requestjournalroutes.h's. Design after the IETF httpapi draft "The Idempotency-Key HTTP Header
// Field"; docs/operations.md.
#pragma once

#include "server/store/database.h"

#include <QAtomicInteger>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace kikan::core {
class Clock;
}

namespace kikan::operations {

// One change request as the journal knows it.
struct JournalEntry {
    QString key; // the Idempotency-Key
    qint64 userId = 0;
    QString fingerprint; // sha-256 of method, path, query and body (hex)
    QString createdAt;
};

// An answer as it was given: what a repeat of the request is answered again.
struct JournalAnswer {
    int status = 0;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

class RequestJournal
{
public:
    RequestJournal(store::Database &database, const core::Clock &clock, int keepHours = 24);

    // 8–128 characters of A–Z a–z 0–9 and "-_.:" (a UUID fits).
    static bool isValidKey(const QString &key);
    static QString fingerprint(const QString &method, const QString &pathAndQuery,
                               const QByteArray &body);
    // The entry of a request arriving now.
    JournalEntry entry(const QString &key, qint64 userId, const QString &fingerprint) const;

    // The answer given earlier under the entry's key; none for a key not seen. Throws
    // core::Failure: idempotency.key_reused (the key came with another user or request),
    // idempotency.in_progress (applied moments ago, its answer not yet written) or
    // idempotency.answer_lost (applied, its server stopped before writing the answer).
    std::optional<JournalAnswer> earlierAnswer(const JournalEntry &entry);

    // While it lives, the first transaction committed on this thread (the change itself) also
    // inserts the entry's key; a concurrent request with the same key that committed first makes
    // that commit fail with idempotency.in_progress.
    class Claim : public store::CommitHook
    {
    public:
        explicit Claim(const JournalEntry &entry);
        ~Claim() override;
        Claim(const Claim &) = delete;
        Claim &operator=(const Claim &) = delete;
        void beforeCommit(QSqlDatabase db) override;
        // Whether the key went in with a committed change.
        bool applied() const { return m_inserted; }

    private:
        QVariantList m_values;
        bool m_inserted = false;
    };

    // The answer of a request: beside its change (applied), or alone for an answer that changed
    // nothing (refused input). Never throws: the change is already committed.
    void record(const JournalEntry &entry, const JournalAnswer &answer, bool applied);
    // Keys are kept keepHours (a client retries for minutes); old ones go once an hour.
    void prune();

private:
    store::Database &m_database;
    const core::Clock &m_clock;
    int m_keepHours;
    QAtomicInteger<qint64> m_lastPrune = 0;
};

} // namespace kikan::operations
