// The job queue (server/jobs, docs/jobs.md) in a real server on SQLite and PostgreSQL: a job runs
// to its result with its progress stored; staff cancel a running job and it stops at its next
// report; a failing job keeps its Japanese error (and its code in the result); a job whose runner
// died (a row left running with an old heartbeat and a checkpoint, as a crash leaves it) is run
// again from its checkpoint, each item exactly once; a stopping server puts its running job back
// in the queue; only the submitter (or an administrator) sees a job over HTTPS.
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/jobs/jobqueue.h"
#include "server/store/database.h"
#include "tests/server/resident/residenttestkit.h"
#include "tests/support/bothstores.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <mutex>
#include <thread>

using namespace kikan;
using namespace Qt::Literals::StringLiterals;

namespace {
// Counts items 0…items-1 from its checkpoint, one report per item; waits at `holdAt` until let go.
struct Counted {
    std::mutex mutex;
    QList<int> items;
    std::atomic<bool> hold{false};
};

class CountingKind : public jobs::JobKind
{
public:
    explicit CountingKind(Counted *seen) : m_seen(seen) {}
    QString name() const override { return u"test.count"_s; }
    QJsonObject run(core::ServerContext &, jobs::JobControl &job) override
    {
        const int items = job.params().value(u"items"_s).toInt();
        const int failAt = job.params().value(u"failAt"_s).toInt(-1);
        for (int i = job.checkpoint().value(u"next"_s).toInt(); i < items; ++i) {
            while (i == job.params().value(u"holdAt"_s).toInt(-1) && m_seen->hold)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            if (i == failAt)
                throw core::Failure(api::err::Validation, u"項目 %1 を処理できません。"_s.arg(i));
            {
                std::lock_guard lock(m_seen->mutex);
                m_seen->items.append(i);
            }
            job.progress(i + 1, items, {{u"next"_s, i + 1}});
        }
        return {{u"counted"_s, items}};
    }

private:
    Counted *m_seen;
};
} // namespace

class JobsTest : public QObject
{
    Q_OBJECT
public:
    explicit JobsTest(test::TestServer::Store store) : m_store(store) {}

private:
    test::TestServer::Store m_store;
    std::unique_ptr<test::TestServer> m_server;
    Counted m_seen;
    QString m_clerk, m_other;
    core::Actor m_actor;

    jobs::JobQueue &queue() { return m_server->app().context().services.get<jobs::JobQueue>(); }
    // Waits until the job has ended (or `done` items are reported); its row.
    jobs::JobRow waitFor(qint64 id, qint64 done = -1)
    {
        for (int i = 0; i < 2000; ++i) {
            const jobs::JobRow row = *queue().find(id);
            if ((done < 0 && row.state != u"queued"_s && row.state != u"running"_s)
                || (done >= 0 && row.done >= done))
                return row;
            QTest::qWait(10);
        }
        return *queue().find(id);
    }
    QList<int> seen()
    {
        std::lock_guard lock(m_seen.mutex);
        return std::exchange(m_seen.items, {});
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>(m_store);
        queue().registerKind(std::make_unique<CountingKind>(&m_seen));
        queue().startRunners();
        m_clerk = test::staffWithRights(*m_server, u"clerk"_s, {"resident:view"});
        m_other = test::staffWithRights(*m_server, u"other"_s, {"resident:view"});
        QSqlQuery q = store::exec(m_server->app().context().database.connection(),
                                  u"SELECT id FROM users WHERE login_id = 'clerk'"_s);
        QVERIFY(q.next());
        m_actor.userId = q.value(0).toLongLong();
        m_actor.loginId = u"clerk"_s;
    }
    void cleanupTestCase() { m_server.reset(); }

    void aJobRunsToItsResultWithItsProgress()
    {
        const qint64 id = queue().submit(u"test.count"_s, {{"items", 20}}, m_actor);
        const jobs::JobRow row = waitFor(id);
        QCOMPARE(row.state, u"done"_s);
        QCOMPARE(row.done, 20);
        QCOMPARE(row.total, 20);
        QCOMPARE(row.result.value(u"counted"_s).toInt(), 20);
        QCOMPARE(row.submittedLogin, u"clerk"_s);
        QCOMPARE(seen().size(), 20);
        QVERIFY_THROWS_EXCEPTION(core::Failure, queue().submit(u"no.such"_s, {}, m_actor));
    }

    void aRunningJobStopsWhenCancelled()
    {
        m_seen.hold = true;
        const qint64 id = queue().submit(u"test.count"_s, {{"items", 100}, {"holdAt", 5}}, m_actor);
        QCOMPARE(waitFor(id, 5).done, 5);
        QVERIFY(queue().cancel(id));
        m_seen.hold = false;
        const jobs::JobRow row = waitFor(id);
        QCOMPARE(row.state, u"cancelled"_s);
        QCOMPARE(row.done, 6); // the item in hand was finished, then it stopped
        QVERIFY(!queue().cancel(id)); // ended: nothing to cancel
        seen();
    }

    void aFailingJobKeepsItsError()
    {
        const qint64 id = queue().submit(u"test.count"_s, {{"items", 10}, {"failAt", 3}}, m_actor);
        const jobs::JobRow row = waitFor(id);
        QCOMPARE(row.state, u"failed"_s);
        QCOMPARE(row.error, u"項目 3 を処理できません。"_s);
        QCOMPARE(row.result.value(u"code"_s).toString(), u"request.validation"_s); // kept for the caller
        QCOMPARE(row.done, 3);
        seen();
    }

    // As a crash leaves it: running, a checkpoint at 50, no heartbeat for three minutes.
    void aJobWhoseRunnerDiedResumesFromItsCheckpointOnce()
    {
        QSqlDatabase db = m_server->app().context().database.connection();
        const QString old = core::timestamp(m_server->clock().now().addSecs(-180));
        const qint64 id = jobs::insertJob(db, u"test.count"_s, {{"items", 100}}, m_actor.userId,
                                          u"clerk"_s, old);
        store::exec(db, u"UPDATE jobs SET state = 'running', done_count = 50, total_count = 100, "
                        "checkpoint = ?, heartbeat_at = ?, attempts = 1 WHERE id = ?"_s,
                    {QStringLiteral(R"({"next": 50})"), old, id});
        queue().wake();
        const jobs::JobRow row = waitFor(id);
        QCOMPARE(row.state, u"done"_s);
        QCOMPARE(row.attempts, 2);
        QList<int> expected;
        for (int i = 50; i < 100; ++i)
            expected.append(i);
        QCOMPARE(seen(), expected);
    }

    void onlyTheSubmitterSeesTheJobOverHttps()
    {
        const qint64 id = queue().submit(u"test.count"_s, {{"items", 3}}, m_actor);
        waitFor(id);
        test::HttpReply r = m_server->client().get(u"/api/v1/jobs/%1"_s.arg(id), m_clerk);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"state"_s].toString(), u"done"_s);
        QCOMPARE(r.json()[u"done"_s].toInteger(), 3);
        QCOMPARE(m_server->client().get(u"/api/v1/jobs/%1"_s.arg(id), m_other).status, 404);
        r = m_server->client().post(u"/api/v1/jobs/%1/cancel"_s.arg(id), {}, m_clerk);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"cancelRequested"_s].toBool(), false); // it had ended
        seen();
    }

    // Last: a stopping server puts the job in hand back in the queue with its checkpoint.
    void aStoppingServerRequeuesItsRunningJob()
    {
        m_seen.hold = true;
        const qint64 id = queue().submit(u"test.count"_s, {{"items", 50}, {"holdAt", 10}}, m_actor);
        QCOMPARE(waitFor(id, 10).done, 10);
        std::thread stopper([this] { queue().stop(); });
        QTest::qWait(50);
        m_seen.hold = false;
        stopper.join();
        const jobs::JobRow row = *queue().find(id);
        QCOMPARE(row.state, u"queued"_s);
        QCOMPARE(row.checkpoint.value(u"next"_s).toInt(), 11);
        queue().startRunners();
        QCOMPARE(waitFor(id).state, u"done"_s);
        QCOMPARE(seen().size(), 50);
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<JobsTest>(argc, argv);
}

#include "jobs_test.moc"
