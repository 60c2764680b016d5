// The SQL of the job queue (jobstore.h).
#include "jobstore.h"

#include "server/store/database.h"
#include "server/store/rowreader.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace kikan::jobs {

namespace {
const char kColumns[] = "id, kind, params, state, done_count, total_count, checkpoint, result, "
                        "error, cancel_requested, attempts, submitted_by, submitted_login, "
                        "submitted_at, started_at, finished_at, heartbeat_at";

QJsonObject object(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}
QString text(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

JobRow readJob(const QSqlQuery &q)
{
    store::RowReader row(q);
    JobRow j;
    j.id = row.id();
    j.kind = row.text();
    j.params = object(row.text());
    j.state = row.text();
    j.done = row.id();
    j.total = row.id();
    j.checkpoint = object(row.text());
    j.result = object(row.text());
    j.error = row.text();
    j.cancelRequested = row.flag();
    j.attempts = row.integer();
    j.submittedBy = row.id();
    j.submittedLogin = row.text();
    j.submittedAt = row.text();
    j.startedAt = row.text();
    j.finishedAt = row.text();
    j.heartbeatAt = row.text();
    return j;
}
} // namespace

qint64 insertJob(QSqlDatabase db, const QString &kind, const QJsonObject &params, qint64 userId,
                 const QString &login, const QString &now)
{
    return store::insertReturningId(
        db, QStringLiteral("INSERT INTO jobs (kind, params, state, done_count, total_count, "
                           "checkpoint, result, error, cancel_requested, attempts, submitted_by, "
                           "submitted_login, submitted_at, started_at, finished_at, heartbeat_at) "
                           "VALUES (?, ?, 'queued', 0, 0, '{}', '{}', '', 0, 0, ?, ?, ?, '', '', "
                           "'') RETURNING id"),
        {kind, text(params), userId, login, now});
}

std::optional<JobRow> jobRow(QSqlDatabase db, qint64 id)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 FROM jobs WHERE id = ?")
                                      .arg(QLatin1String(kColumns)), {id});
    if (!q.next())
        return std::nullopt;
    return readJob(q);
}

std::optional<JobRow> claimNext(QSqlDatabase db, const QString &kind, const QString &now)
{
    QSqlQuery q = store::exec(
        db, QStringLiteral("UPDATE jobs SET state = 'running', attempts = attempts + 1, "
                           "heartbeat_at = ?, started_at = CASE WHEN started_at = '' THEN ? ELSE "
                           "started_at END WHERE id = (SELECT id FROM jobs WHERE kind = ? AND "
                           "state = 'queued' ORDER BY id LIMIT 1) AND state = 'queued' "
                           "RETURNING id"),
        {now, now, kind});
    if (!q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return jobRow(db, id);
}

void storeProgress(QSqlDatabase db, qint64 id, qint64 done, qint64 total,
                   const QJsonObject &checkpoint, const QString &now)
{
    store::exec(db, QStringLiteral("UPDATE jobs SET done_count = ?, total_count = ?, "
                                   "checkpoint = ?, heartbeat_at = ? WHERE id = ?"),
                {done, total, text(checkpoint), now, id});
}

bool cancelRequested(QSqlDatabase db, qint64 id)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT cancel_requested FROM jobs WHERE id = ?"),
                              {id});
    return q.next() && q.value(0).toInt() != 0;
}

bool requestCancel(QSqlDatabase db, qint64 id)
{
    QSqlQuery q = store::exec(db, QStringLiteral("UPDATE jobs SET cancel_requested = 1 WHERE id = "
                                                 "? AND state IN ('queued', 'running') "
                                                 "RETURNING id"),
                              {id});
    return q.next();
}

void finishJob(QSqlDatabase db, qint64 id, const QString &state, const QJsonObject &result,
               const QString &error, const QString &now)
{
    store::exec(db, QStringLiteral("UPDATE jobs SET state = ?, result = ?, error = ?, "
                                   "finished_at = ?, heartbeat_at = ? WHERE id = ?"),
                {state, text(result), store::notNull(error), now, now, id});
}

void requeueJob(QSqlDatabase db, qint64 id)
{
    store::exec(db, QStringLiteral("UPDATE jobs SET state = 'queued' WHERE id = ? AND state = "
                                   "'running'"), {id});
}

int requeueStale(QSqlDatabase db, const QString &staleBefore)
{
    QSqlQuery q = store::exec(db, QStringLiteral("UPDATE jobs SET state = 'queued' WHERE state = "
                                                 "'running' AND heartbeat_at < ? RETURNING id"),
                              {staleBefore});
    int n = 0;
    while (q.next())
        ++n;
    return n;
}

} // namespace kikan::jobs
