// The daily job runner of `kikan-server serve` (server/app/dailyjobs.h): due times in local time,
// one run per local date with catch-up after a late start, failures isolated, the thread stops
// promptly, the configured time validated, the configured audit purge really purging, and the
// modules' daily tasks (module::DailyTask) run at their own configured times.
#include "server/core/config.h"
#include "server/app/dailyjobs.h"
#include "server/audit/auditlog.h"
#include "server/store/database.h"
#include "tests/support/testserver.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace kikan;

namespace {

QDateTime localAt(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, Qt::LocalTime).toUTC();
}

} // namespace

class DailyJobsTest : public QObject
{
    Q_OBJECT

private slots:
    void runsOncePerLocalDateAfterItsTime()
    {
        core::ManualClock clock(localAt(QDate(2026, 4, 1), QTime(2, 0)));
        app::DailyJobs jobs(clock);
        int runs = 0;
        jobs.add(QStringLiteral("count"), QTime(3, 15), [&] { ++runs; });

        QVERIFY(jobs.runDue().isEmpty()); // 02:00: not yet
        clock.advance(75 * 60);           // 03:15
        QCOMPARE(jobs.runDue(), QStringList{QStringLiteral("count")});
        clock.advance(3600);
        QVERIFY(jobs.runDue().isEmpty()); // once a day
        clock.advance(22 * 3600);         // the next day 02:15
        QVERIFY(jobs.runDue().isEmpty());
        clock.advance(3600);
        QCOMPARE(jobs.runDue().size(), 1);
        QCOMPARE(runs, 2);
    }

    void modulesTasksRunAtTheirConfiguredTime()
    {
        test::TestServer server(test::TestServer::Store::Sqlite,
                                {{QStringLiteral("backup/time"), QStringLiteral("off")},
                                 {QStringLiteral("audit/purge_time"), QStringLiteral("off")},
                                 {QStringLiteral("area/task_time"), QStringLiteral("23:59")}});
        core::ServerContext &ctx = server.app().context();
        int runs = 0;
        const QList<module::DailyTask> tasks{
            {QStringLiteral("area.task"), QStringLiteral("area/task_time"), QStringLiteral("01:00"),
             [&](core::ServerContext &) { ++runs; }},
            {QStringLiteral("area.off"), QStringLiteral("area/off_time"), QStringLiteral("off"),
             [&](core::ServerContext &) { runs += 100; }},
            {QStringLiteral("area.failing"), QStringLiteral("area/failing_time"), QStringLiteral("00:00"),
             [](core::ServerContext &) { throw std::runtime_error("boom"); }}};
        app::DailyJobs jobs(ctx.clock);
        app::addConfiguredJobs(jobs, ctx, tasks);
        QCOMPARE(jobs.runDue().contains(QStringLiteral("area.task")),
                 ctx.clock.now().toLocalTime().time() >= QTime(23, 59));
        const QTime now = ctx.clock.now().toLocalTime().time();
        if (now < QTime(23, 59))
            server.clock().advance(now.secsTo(QTime(23, 59)) + 1);
        jobs.runDue();
        QCOMPARE(runs, 1); // area.task once; area.off ("off") left to cron; area.failing reported

        // A malformed time (here the default of an unset key) stops serve before it starts.
        const QList<module::DailyTask> bad{{QStringLiteral("area.bad"), QStringLiteral("area/bad_time"),
                                            QStringLiteral("25:00"), [](core::ServerContext &) {}}};
        app::DailyJobs refused(ctx.clock);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, app::addConfiguredJobs(refused, ctx, bad));
    }

    void aLateStartCatchesUpOnce()
    {
        core::ManualClock clock(localAt(QDate(2026, 4, 1), QTime(10, 30)));
        app::DailyJobs jobs(clock);
        int runs = 0;
        jobs.add(QStringLiteral("count"), QTime(3, 15), [&] { ++runs; });
        QCOMPARE(jobs.runDue().size(), 1);
        QVERIFY(jobs.runDue().isEmpty());
        QCOMPARE(runs, 1);
    }

    void aFailingJobDoesNotStopTheOthers()
    {
        core::ManualClock clock(localAt(QDate(2026, 4, 1), QTime(4, 0)));
        app::DailyJobs jobs(clock);
        bool second = false;
        jobs.add(QStringLiteral("broken"), QTime(3, 0),
                 [] { throw std::runtime_error("store unavailable"); });
        jobs.add(QStringLiteral("second"), QTime(3, 30), [&] { second = true; });
        QCOMPARE(jobs.runDue(), (QStringList{QStringLiteral("broken"), QStringLiteral("second")}));
        QVERIFY(second);
        QVERIFY(jobs.runDue().isEmpty()); // a failed job is not retried all day
    }

    void theThreadRunsDueJobsAndStopsPromptly()
    {
        core::ManualClock clock(localAt(QDate(2026, 4, 1), QTime(4, 0)));
        app::DailyJobs jobs(clock);
        std::atomic<int> runs{0};
        jobs.add(QStringLiteral("count"), QTime(3, 15), [&] { ++runs; });
        jobs.start(3600);
        QTRY_COMPARE(runs.load(), 1);
        QElapsedTimer t;
        t.start();
        jobs.stop(); // wakes the hour-long wait
        QVERIFY2(t.elapsed() < 5000, "stop() waited for the poll interval");
        QCOMPARE(runs.load(), 1);
    }

    void theConfiguredTimeIsChecked()
    {
        core::ServerConfig config = core::ServerConfig::defaults(QStringLiteral("/tmp/unused"));
        const QString key = QStringLiteral("audit/purge_time");
        QCOMPARE(app::configuredTimeOfDay(config, key, QStringLiteral("03:15")), QTime(3, 15));
        config.set(key, QStringLiteral("23:05"));
        QCOMPARE(app::configuredTimeOfDay(config, key, QStringLiteral("03:15")), QTime(23, 5));
        config.set(key, QStringLiteral("off"));
        QVERIFY(!app::configuredTimeOfDay(config, key, QStringLiteral("03:15")).isValid());
        config.set(key, QStringLiteral("25:00"));
        try {
            app::configuredTimeOfDay(config, key, QStringLiteral("03:15"));
            QFAIL("25:00 was accepted");
        } catch (const std::runtime_error &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("時刻")));
        }
    }

    void theServerPurgesExpiredLogEntriesByItself()
    {
        test::TestServer server(test::TestServer::Store::Sqlite,
                                {{QStringLiteral("audit/retention_days"), 30},
                                 {QStringLiteral("backup/time"), QStringLiteral("off")}});
        core::ServerContext &ctx = server.app().context();
        QSqlDatabase db = ctx.database.connection();
        auto count = [&](const QString &where) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE ") + where);
            q.next();
            return q.value(0).toInt();
        };
        // Traffic now, then 40 days pass: today's entries are older than the 30 days kept.
        QCOMPARE(server.client().request("GET", QStringLiteral("/api/v1/health"), {}).status, 200);
        const int before = count(QStringLiteral("1 = 1"));
        QVERIFY(before > 0);
        server.clock().advance(40 * 24 * 3600);

        app::DailyJobs jobs(ctx.clock);
        app::addConfiguredJobs(jobs, ctx);
        const QDateTime local = ctx.clock.now().toLocalTime();
        if (local.time() < QTime(3, 15)) // the default purge_time
            server.clock().advance(local.time().secsTo(QTime(3, 15)) + 1);
        QCOMPARE(jobs.runDue(), QStringList{QStringLiteral("audit.purge")});
        QCOMPARE(count(QStringLiteral("event = 'audit.purge'")), 1);
        QCOMPARE(count(QStringLiteral("event <> 'audit.purge'")), 0);
    }
};

QTEST_GUILESS_MAIN(DailyJobsTest)
#include "dailyjobs_test.moc"
