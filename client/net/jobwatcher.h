// Follows a server job (docs/jobs.md) from the client: polls GET /api/v1/jobs/{id} until it ends,
// reporting its progress (done of total), then its result, its Japanese error (with what the job
// kept of it) or its cancellation. cancel() asks the server to stop it (POST …/{id}/cancel); the
// job stops at its next report. Used by any screen that starts a job (当初課税, the OCR batch
// import); the poll interval is short enough for a progress bar and long enough not to load the
// server.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace kikan::client {

class ApiClient;

class JobWatcher : public QObject
{
    Q_OBJECT
public:
    JobWatcher(ApiClient *api, qint64 jobId, QObject *parent = nullptr);

    qint64 jobId() const { return m_jobId; }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    void start();
    void cancel();

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void succeeded(const QJsonObject &result);
    // The Japanese message; `problem` is the failed job's result (its code and machine members,
    // e.g. `lines: [{line, message}]` of a refused import), or the refused poll's problem document.
    void failed(const QString &message, const QJsonObject &problem);
    void cancelled();

private:
    void poll();
    void handle(const QJsonObject &job);

    ApiClient *m_api;
    qint64 m_jobId;
    QTimer m_timer;
    bool m_polling = false;
};

} // namespace kikan::client
