// RequestJournal (requestjournal.h): the Idempotency-Key of a change recorded with the change,
// its answer replayed for a repeat. Key syntax: 8–128 characters of A–Z a–z 0–9 and "-_.:" (a UUID).
#include "requestjournal.h"

#include "server/core/clock.h"
#include "server/core/dates.h"
#include "server/http/dispatcher.h"
#include "shared/api/operations/errors.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QJsonDocument>
#include <QRegularExpression>

namespace kikan::operations {

struct RequestJournal::Entry {
    QString key;
    qint64 userId = 0;
    QString fingerprint;
    QString createdAt;
};

namespace {

bool isChange(const QString &method)
{
    return method != QLatin1String("GET") && method != QLatin1String("HEAD")
           && method != QLatin1String("OPTIONS");
}

QString fingerprintOf(const http::Request &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method.toUtf8() + ' ' + request.path.toUtf8() + '?'
                 + request.query.toString(QUrl::FullyEncoded).toUtf8() + '\n');
    hash.addData(request.body);
    return QString::fromLatin1(hash.result().toHex());
}

// Inserts the key in the first transaction the request commits (the change itself); a concurrent
// request with the same key that committed first makes this one roll back.
class KeyOnCommit : public store::CommitHook
{
public:
    explicit KeyOnCommit(const QString &key, qint64 userId, const QString &fingerprint,
                         const QString &createdAt)
        : m_values{key, userId, fingerprint, createdAt}
    {
        store::setCommitHook(this);
    }
    ~KeyOnCommit() override { store::setCommitHook(nullptr); }
    void beforeCommit(QSqlDatabase db) override
    {
        if (inserted)
            return;
        QSqlQuery q = store::exec(db, QStringLiteral("INSERT INTO request_journal (request_key, "
                                                     "user_id, fingerprint, created_at) VALUES "
                                                     "(?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                                  m_values);
        if (q.numRowsAffected() != 1)
            throw http::ApiError(api::err::IdempotencyInProgress);
        inserted = true;
    }
    bool inserted = false;

private:
    QVariantList m_values;
};

} // namespace

RequestJournal::RequestJournal(store::Database &database, const core::Clock &clock, int keepHours)
    : m_database(database), m_clock(clock), m_keepHours(keepHours)
{
}

http::Response RequestJournal::run(http::Request &request, const http::Route &route)
{
    const QString key = QString::fromLatin1(request.header(IdempotencyKeyHeader)).trimmed();
    if (!request.principal || !isChange(request.method) || key.isEmpty())
        return route.handler(request);
    static const QRegularExpression syntax(QStringLiteral("^[A-Za-z0-9._:-]{8,128}$"));
    if (!syntax.match(key).hasMatch())
        throw http::ApiError(api::err::IdempotencyKeyInvalid);
    prune();
    const Entry entry{key, request.who().userId, fingerprintOf(request),
                      core::timestampNow(m_clock)};
    if (auto earlier = replay(entry))
        return *earlier;
    http::Response response;
    bool applied = false;
    try {
        KeyOnCommit hook(entry.key, entry.userId, entry.fingerprint, entry.createdAt);
        try {
            response = route.handler(request);
        } catch (...) {
            applied = hook.inserted;
            throw;
        }
        applied = hook.inserted;
    } catch (const http::ApiError &error) {
        // A refusal (4xx) is the answer; after a 5xx nothing is recorded: if the change was
        // committed after all, a repeat hears in_progress, later answer_lost — never "unavailable".
        if (api::errorInfo(error.code()).httpStatus < 500
            && error.code() != QLatin1String(api::err::IdempotencyInProgress))
            record(entry, http::Dispatcher::problem(error, request), applied);
        throw;
    }
    record(entry, response, applied);
    return response;
}

std::optional<http::Response> RequestJournal::replay(const Entry &entry)
{
    QSqlQuery q = store::exec(m_database.connection(),
                              QStringLiteral("SELECT user_id, fingerprint, status, content_type, "
                                             "headers, body, created_at FROM request_journal "
                                             "WHERE request_key = ?"),
                              {entry.key});
    if (!q.next())
        return std::nullopt;
    if (q.value(0).toLongLong() != entry.userId || q.value(1).toString() != entry.fingerprint)
        throw http::ApiError(api::err::IdempotencyKeyReused);
    if (q.value(2).isNull()) {
        // Applied; the answer is being written now, or its server stopped before writing it.
        const QDateTime at = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        const bool recent = at.secsTo(m_clock.now()) < 30;
        throw http::ApiError(recent ? api::err::IdempotencyInProgress
                                    : api::err::IdempotencyAnswerLost);
    }
    http::Response r;
    r.status = q.value(2).toInt();
    r.contentType = q.value(3).toString().toUtf8();
    r.body = q.value(5).toByteArray();
    const QJsonObject headers = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        r.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    r.headers.append({QByteArray(ReplayedHeader), QByteArray("true")});
    return r;
}

// The answer of the request: beside its change (applied), or alone for an answer that changed
// nothing (refused input). Never fails the request: its change is already committed.
void RequestJournal::record(const Entry &entry, const http::Response &response, bool applied)
{
    QJsonObject headers;
    for (const auto &[name, value] : response.headers)
        headers.insert(QString::fromUtf8(name), QString::fromUtf8(value));
    const QByteArray headerJson = QJsonDocument(headers).toJson(QJsonDocument::Compact);
    try {
        QSqlDatabase db = m_database.connection();
        if (applied) {
            store::exec(db, QStringLiteral("UPDATE request_journal SET status = ?, content_type = ?, "
                                           "headers = ?, body = ? WHERE request_key = ?"),
                        {response.status, QString::fromUtf8(response.contentType),
                         QString::fromUtf8(headerJson), response.body, entry.key});
        } else {
            store::exec(db, QStringLiteral("INSERT INTO request_journal (request_key, user_id, "
                                           "fingerprint, created_at, status, content_type, headers, "
                                           "body) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                           "ON CONFLICT DO NOTHING"),
                        {entry.key, entry.userId, entry.fingerprint, entry.createdAt,
                         response.status, QString::fromUtf8(response.contentType),
                         QString::fromUtf8(headerJson), response.body});
        }
    } catch (const core::Failure &) {
        qWarning().noquote() << "request journal: the answer to" << entry.key
                             << "was not recorded";
    }
}

// Keys are kept keepHours (a client retries for minutes); old ones are removed once an hour.
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
