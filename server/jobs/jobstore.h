// The SQL of the job queue (jobqueue.h): rows of `jobs`, an atomic claim of the next queued job of
// a kind, progress and heartbeat, and the requeue of jobs whose runner died.
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kikan::jobs {

struct JobRow {
    qint64 id = 0;
    QString kind;
    QJsonObject params;
    QString state;            // queued | running | done | failed | cancelled
    qint64 done = 0;
    qint64 total = 0;
    QJsonObject checkpoint;
    QJsonObject result;
    QString error;
    bool cancelRequested = false;
    int attempts = 0;
    qint64 submittedBy = 0;
    QString submittedLogin;
    QString submittedAt;
    QString startedAt;
    QString finishedAt;
    QString heartbeatAt;
};

qint64 insertJob(QSqlDatabase db, const QString &kind, const QJsonObject &params, qint64 userId,
                 const QString &login, const QString &now);
std::optional<JobRow> jobRow(QSqlDatabase db, qint64 id);
// The oldest queued job of `kind`, now running (nullopt: none); safe against other servers.
std::optional<JobRow> claimNext(QSqlDatabase db, const QString &kind, const QString &now);
void storeProgress(QSqlDatabase db, qint64 id, qint64 done, qint64 total,
                   const QJsonObject &checkpoint, const QString &now);
bool cancelRequested(QSqlDatabase db, qint64 id);
// Asks a queued or running job to stop; false when it has already ended.
bool requestCancel(QSqlDatabase db, qint64 id);
void finishJob(QSqlDatabase db, qint64 id, const QString &state, const QJsonObject &result,
               const QString &error, const QString &now);
// A running job back to the queue at once (its server is stopping): it resumes from its checkpoint.
void requeueJob(QSqlDatabase db, qint64 id);
// Running jobs whose heartbeat is before `staleBefore` go back to the queue (their runner died).
int requeueStale(QSqlDatabase db, const QString &staleBefore);

} // namespace kikan::jobs
