// The daily job runner (dailyjobs.h).
#include "dailyjobs.h"

#include "server/core/config.h"
#include "server/core/context.h"
#include "server/audit/retention.h"
#include "server/operations/backup.h"
#include "server/store/database.h"

#include <cstdio>
#include <stdexcept>

namespace kikan::app {

void DailyJobs::add(const QString &name, const QTime &at, std::function<void()> run,
                    bool catchUp)
{
    const QDateTime local = m_clock.now().toLocalTime();
    const QDate lastRun = !catchUp && local.time() >= at ? local.date() : QDate();
    std::lock_guard lock(m_mutex);
    m_jobs.push_back({name, at, std::move(run), lastRun});
}

QStringList DailyJobs::runDue()
{
    const QDateTime local = m_clock.now().toLocalTime();
    QStringList ran;
    std::lock_guard lock(m_mutex);
    for (DailyJob &job : m_jobs) {
        if (job.lastRun == local.date() || local.time() < job.at)
            continue;
        job.lastRun = local.date();
        try {
            job.run();
        } catch (const std::exception &e) {
            std::fprintf(stderr, "kikan-server: 日次処理 %s に失敗しました: %s\n",
                         qPrintable(job.name), e.what());
        }
        ran.append(job.name);
    }
    return ran;
}

void DailyJobs::start(int pollSeconds)
{
    m_stopping = false;
    m_thread = std::thread([this, pollSeconds] {
        std::unique_lock lock(m_mutex);
        while (!m_stopping) {
            lock.unlock();
            runDue();
            lock.lock();
            m_wake.wait_for(lock, std::chrono::seconds(pollSeconds), [this] { return m_stopping; });
        }
    });
}

void DailyJobs::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

QTime configuredTimeOfDay(const core::ServerConfig &config, const QString &key, const QString &fallback)
{
    const QString text = config.stringValue(key, fallback).trimmed();
    if (text.isEmpty() || text.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0)
        return {};
    const QTime t = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!t.isValid()) {
        throw std::runtime_error(QStringLiteral("設定 %1 の値「%2」は時刻（例 03:15）ではありません。")
                                     .arg(key, text).toStdString());
    }
    return t;
}

// The SQLite backup (server/operations/backup.h) at backup/time each day, or at that minute of
// every hour with backup/hourly = true.
void addBackupJobs(DailyJobs &jobs, core::ServerContext &context)
{
    if (context.database.isPostgres())
        return; // pgBackRest's schedule (docs/operations.md)
    const QTime at =
        configuredTimeOfDay(context.config, QStringLiteral("backup/time"), QStringLiteral("02:30"));
    if (!at.isValid())
        return;
    operations::BackupSettings::from(context.config); // a bad backup setting stops serve here
    const bool hourly = context.config.boolValue(QStringLiteral("backup/hourly"), false);
    for (int hour = hourly ? 0 : at.hour(); hour <= (hourly ? 23 : at.hour()); ++hour) {
        // Hourly: no catch-up of the hours already past today (one backup each, all at once).
        jobs.add(QStringLiteral("operations.backup@%1").arg(hour, 2, 10, QLatin1Char('0')),
                 QTime(hour, at.minute()), [&context] {
                     try {
                         const operations::BackupResult r = operations::backupAndRecord(context);
                         std::fprintf(stdout, "kikan-server: バックアップを取りました: %s\n",
                                      qPrintable(r.file));
                     } catch (const std::exception &e) {
                         std::fprintf(stderr, "kikan-server: バックアップに失敗しました: %s\n",
                                      e.what());
                     }
                 },
                 !hourly);
    }
}

void addConfiguredJobs(DailyJobs &jobs, core::ServerContext &context,
                       const QList<module::DailyTask> &tasks)
{
    addBackupJobs(jobs, context);
    for (const module::DailyTask &task : tasks) {
        const QTime at = configuredTimeOfDay(context.config, task.timeKey, task.defaultTime);
        if (!at.isValid())
            continue;
        jobs.add(task.name, at, [&context, task] {
            try {
                task.run(context);
            } catch (const std::exception &e) {
                std::fprintf(stderr, "kikan-server: %s に失敗しました: %s\n", qPrintable(task.name),
                             e.what());
            }
        });
    }
    const QTime purgeAt =
        configuredTimeOfDay(context.config, QStringLiteral("audit/purge_time"),
                            QStringLiteral("03:15"));
    if (purgeAt.isValid()) {
        const int days = audit::retentionDays(context.config);
        jobs.add(QStringLiteral("audit.purge"), purgeAt, [&context, days] {
            const audit::PurgeResult r = audit::purgeExpired(context.audit, days);
            if (r.refused)
                std::fprintf(stderr, "kikan-server: %s\n", qPrintable(r.message));
        });
    }
}

} // namespace kikan::app
