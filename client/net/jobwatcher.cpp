// Polling a server job (jobwatcher.h).
#include "jobwatcher.h"

#include "apiclient.h"
#include "shared/api/jobs/paths.h"

namespace kikan::client {

JobWatcher::JobWatcher(ApiClient *api, qint64 jobId, QObject *parent)
    : QObject(parent), m_api(api), m_jobId(jobId)
{
    m_timer.setInterval(500);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobWatcher::poll);
}

void JobWatcher::start() { poll(); }

void JobWatcher::cancel()
{
    const QString path = QString::fromLatin1(api::path::Jobs) + QStringLiteral("/%1/cancel").arg(m_jobId);
    m_api->post(path); // the next poll sees the job stop
}

void JobWatcher::poll()
{
    if (m_polling)
        return;
    m_polling = true;
    ApiReply *reply = m_api->get(QString::fromLatin1(api::path::Jobs) + QStringLiteral("/%1").arg(m_jobId));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_polling = false;
        if (!reply->ok()) {
            emit failed(reply->error().message(), reply->json());
            return;
        }
        handle(reply->json());
    });
}

void JobWatcher::handle(const QJsonObject &job)
{
    const QString state = job.value(QStringLiteral("state")).toString();
    emit progressed(job.value(QStringLiteral("done")).toInteger(), job.value(QStringLiteral("total")).toInteger());
    if (state == QStringLiteral("done"))
        emit succeeded(job.value(QStringLiteral("result")).toObject());
    else if (state == QStringLiteral("failed"))
        emit failed(job.value(QStringLiteral("error")).toString(), job.value(QStringLiteral("result")).toObject());
    else if (state == QStringLiteral("cancelled"))
        emit cancelled();
    else
        m_timer.start();
}

} // namespace kikan::client
