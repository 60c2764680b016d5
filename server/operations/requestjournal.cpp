// RequestJournal (requestjournal.h): keys, fingerprints and answers in the table request_journal.
#include "requestjournal.h"

#include "server/core/clock.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "shared/api/operations/errors.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kikan::operations {

RequestJournal::RequestJournal(store::Database &database, const core::Clock &clock, int keepHours)
    : m_database(database), m_clock(clock), m_keepHours(keepHours)
{
}

bool RequestJournal::isValidKey(const QString &key)
{
    static const QRegularExpression syntax(QStringLiteral("^[A-Za-z0-9._:-]{8,128}$"));
    return syntax.match(key).hasMatch();
}

QString RequestJournal::fingerprint(const QString &method, const QString &pathAndQuery,
                                    const QByteArray &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method.toUtf8() + ' ' + pathAndQuery.toUtf8() + '\n');
    hash.addData(body);
    return QString::fromLatin1(hash.result().toHex());
}

JournalEntry RequestJournal::entry(const QString &key, qint64 userId,
                                   const QString &fingerprint) const
{
    return {key, userId, fingerprint, core::timestampNow(m_clock)};
}

RequestJournal::Claim::Claim(const JournalEntry &entry)
    : m_values{entry.key, entry.userId, entry.fingerprint, entry.createdAt}
{
    store::setCommitHook(this);
}

RequestJournal::Claim::~Claim()
{
    store::setCommitHook(nullptr);
}

void RequestJournal::Claim::beforeCommit(QSqlDatabase db)
{
    if (m_inserted)
        return;
    QSqlQuery q = store::exec(db, QStringLiteral("INSERT INTO request_journal (request_key, "
                                                 "user_id, fingerprint, created_at) VALUES "
                                                 "(?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                              m_values);
    if (q.numRowsAffected() != 1)
        throw core::Failure(api::err::IdempotencyInProgress);
    m_inserted = true;
}

std::optional<JournalAnswer> RequestJournal::earlierAnswer(const JournalEntry &entry)
{
    QSqlQuery q = store::exec(m_database.connection(),
                              QStringLiteral("SELECT user_id, fingerprint, status, content_type, "
                                             "headers, body, created_at FROM request_journal "
                                             "WHERE request_key = ?"),
                              {entry.key});
    if (!q.next())
        return std::nullopt;
    if (q.value(0).toLongLong() != entry.userId || q.value(1).toString() != entry.fingerprint)
        throw core::Failure(api::err::IdempotencyKeyReused);
    if (q.value(2).isNull()) {
        // Applied; the answer is being written now, or its server stopped before writing it.
        const QDateTime at = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        const bool recent = at.secsTo(m_clock.now()) < 30;
        throw core::Failure(recent ? api::err::IdempotencyInProgress
                                   : api::err::IdempotencyAnswerLost);
    }
    JournalAnswer answer;
    answer.status = q.value(2).toInt();
    answer.contentType = q.value(3).toString().toUtf8();
    answer.body = q.value(5).toByteArray();
    const QJsonObject headers = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        answer.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    return answer;
}

void RequestJournal::record(const JournalEntry &entry, const JournalAnswer &answer, bool applied)
{
    QJsonObject headers;
    for (const auto &[name, value] : answer.headers)
        headers.insert(QString::fromUtf8(name), QString::fromUtf8(value));
    const QString headerJson =
        QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact));
    const QString contentType = QString::fromUtf8(answer.contentType);
    try {
        QSqlDatabase db = m_database.connection();
        if (applied) {
            store::exec(db, QStringLiteral("UPDATE request_journal SET status = ?, content_type = ?, "
                                           "headers = ?, body = ? WHERE request_key = ?"),
                        {answer.status, contentType, headerJson, answer.body, entry.key});
        } else {
            store::exec(db, QStringLiteral("INSERT INTO request_journal (request_key, user_id, "
                                           "fingerprint, created_at, status, content_type, headers, "
                                           "body) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                           "ON CONFLICT DO NOTHING"),
                        {entry.key, entry.userId, entry.fingerprint, entry.createdAt,
                         answer.status, contentType, headerJson, answer.body});
        }
    } catch (const core::Failure &) {
        qWarning().noquote() << "request journal: the answer to" << entry.key
                             << "was not recorded";
    }
}

void RequestJournal::prune()
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const qint64 last = m_lastPrune.loadRelaxed();
    if (now - last < 3600 || !m_lastPrune.testAndSetRelaxed(last, now))
        return;
    try {
        store::exec(m_database.connection(),
                    QStringLiteral("DELETE FROM request_journal WHERE created_at < ?"),
                    {core::timestamp(m_clock.now().addSecs(-3600LL * m_keepHours))});
    } catch (const core::Failure &) {
    }
}

} // namespace kikan::operations
