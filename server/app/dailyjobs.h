// Jobs `kikan-server serve` runs by itself once a day at a configured local time (the SQLite
// backup, backup/time; the audit retention purge, audit/purge_time). A job whose time has passed
// and which has not run on this local date runs at the next check, so a server started after the
// hour catches up once (unless added without catch-up: the hourly backups).
// The checks run on one background thread; a job's failure is reported and does not stop others.
#pragma once

#include "server/core/clock.h"
#include "server/module/module.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace kikan::core {
class ServerConfig;
struct ServerContext;
} // namespace kikan::core

namespace kikan::app {

struct DailyJob {
    QString name;               // for messages: "audit.purge"
    QTime at;                   // local time of day
    std::function<void()> run;
    QDate lastRun;              // local date of the last run (invalid: not yet)
};

class DailyJobs
{
public:
    explicit DailyJobs(const core::Clock &clock) : m_clock(clock) {}
    ~DailyJobs() { stop(); }

    // catchUp false: a job whose time has already passed today waits for tomorrow.
    void add(const QString &name, const QTime &at, std::function<void()> run, bool catchUp = true);
    // Runs every job that is due now; returns the names of those that ran.
    QStringList runDue();
    // Checks every `pollSeconds` on a background thread until stop().
    void start(int pollSeconds = 60);
    void stop();

private:
    const core::Clock &m_clock;
    std::vector<DailyJob> m_jobs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

// A time of day from the configuration ("03:15"); an invalid QTime when the key is "off" or empty.
// Throws std::runtime_error (Japanese) on a malformed value.
QTime configuredTimeOfDay(const core::ServerConfig &config, const QString &key,
                          const QString &fallback);

// The server's daily jobs from its configuration: the SQLite backup at backup/time (default 02:30,
// every hour at that minute with backup/hourly; "off" leaves it to cron), the audit purge at
// audit/purge_time (default 03:15; "off" leaves it to cron) and the modules' `tasks`, each at its
// own key's time. A task that throws is reported on stderr; the others still run.
void addConfiguredJobs(DailyJobs &jobs, core::ServerContext &context,
                       const QList<module::DailyTask> &tasks = {});

} // namespace kikan::app
