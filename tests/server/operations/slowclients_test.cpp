// Slow and idle clients cannot stop the server (issue 15, 2): the real kikan-server (64 workers,
// SQLite, a small demo town) keeps answering health and resident search while a misbehaving
// device holds 1,000 connections (a third idle TCP, a third TLS stalled after the ClientHello, a
// third sending one byte a second), reopening whatever the server closes. Prints the latencies
// (docs/performance.md) and the goal, health p99 under 100 ms; asserts that no request failed and
// none waited 5 s behind the device.
#include "misbehavingclients.h"
#include "serverprocess.h"

#include "tests/support/testserver.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace kikan;

namespace {

constexpr int kMeasureSeconds = 20;
const QString kPassword = QStringLiteral("Kikan-Demo-2026");

struct Sample {
    std::vector<double> ms;
    int failures = 0;
    double percentile(double p)
    {
        if (ms.empty())
            return 0;
        std::sort(ms.begin(), ms.end());
        const std::size_t rank = std::size_t(std::ceil(p / 100.0 * double(ms.size())));
        return ms[std::min(ms.size() - 1, rank == 0 ? 0 : rank - 1)];
    }
    QString line(const char *what)
    {
        return QStringLiteral("%1: %2 requests, %3 failed, p50 %4 ms, p99 %5 ms, max %6 ms")
            .arg(QLatin1String(what)).arg(ms.size() + std::size_t(failures)).arg(failures)
            .arg(percentile(50), 0, 'f', 1).arg(percentile(99), 0, 'f', 1)
            .arg(percentile(100), 0, 'f', 1);
    }
};

// A request whose transport failure (refused, reset, timed out) counts as a failed request.
test::HttpReply tryGet(test::HttpsClient &client, const QString &path, const QString &token = {})
{
    try {
        return client.get(path, token);
    } catch (const std::exception &e) {
        test::HttpReply failed;
        failed.body = e.what();
        return failed;
    }
}

// Health every 100 ms and a search every 500 ms for `seconds`, each on a new TLS connection.
void measure(test::HttpsClient client, const QString &token, int seconds, Sample &health,
             Sample &search)
{
    QElapsedTimer total;
    total.start();
    for (int i = 0; total.elapsed() < seconds * 1000; ++i) {
        QElapsedTimer t;
        t.start();
        const test::HttpReply h = tryGet(client, QStringLiteral("/api/v1/health"));
        if (h.status == 200)
            health.ms.push_back(double(t.nsecsElapsed()) / 1e6);
        else if (health.failures++ == 0)
            qWarning("health: %d %s", h.status, h.body.constData());
        if (i % 5 == 0) {
            t.restart();
            const test::HttpReply s =
                tryGet(client, QStringLiteral("/api/v1/resident/search?q=%E5%B1%B1"), token);
            if (s.status == 200) {
                search.ms.push_back(double(t.nsecsElapsed()) / 1e6);
            } else if (search.failures++ == 0) {
                qWarning("search: %d %s", s.status, s.body.constData());
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

} // namespace

class SlowClientsTest : public QObject
{
    Q_OBJECT
private slots:
    void theServerKeepsAnsweringWhileOneDeviceHoldsAThousandConnections()
    {
        test::MisbehavingClients::raiseFileLimit();
        test::ServerFolder folder(0, 64); // the default worker count
        QCOMPARE(folder.run({"init", "--demo"}).code, 0);
        const test::CommandRun town = folder.run({"demotown", "generate", "--residents", "300"});
        QVERIFY2(town.code == 0, qPrintable(town.err));
        const test::CommandRun user =
            folder.run({"user", "add", "--login", "unyou", "--name", "運用 確認", "--group",
                        "窓口職員", "--password-stdin"},
                       kPassword.toUtf8() + '\n');
        QVERIFY2(user.code == 0, qPrintable(user.err));

        test::ServeProcess server(folder.configFile());
        QVERIFY2(server.waitUntilListening(), qPrintable(server.output()));
        test::HttpsClient client(server.port(), folder.caFile());
        const test::HttpReply signIn = client.post(
            QStringLiteral("/api/v1/auth/sign-in"),
            {{QStringLiteral("loginId"), "unyou"}, {QStringLiteral("password"), kPassword}});
        QVERIFY2(signIn.status == 200, signIn.body.constData());
        const QString token = signIn.json().value(QStringLiteral("token")).toString();
        const test::HttpReply changed = client.post(
            QStringLiteral("/api/v1/auth/password"),
            {{QStringLiteral("currentPassword"), kPassword},
             {QStringLiteral("newPassword"), QStringLiteral("Unyou-Kakunin-2026")}},
            token); // a password set on the command line is temporary
        QVERIFY2(changed.status < 300, changed.body.constData());

        Sample quietHealth, quietSearch;
        measure(client, token, 5, quietHealth, quietSearch);
        qInfo().noquote() << "without misbehaving clients —" << quietHealth.line("health");
        qInfo().noquote() << "without misbehaving clients —" << quietSearch.line("search");

        Sample health, search;
        int heldAtStart = 0;
        long reopened = 0;
        {
            test::MisbehavingClients device(server.port(), QStringLiteral("127.0.0.2"), 334);
            heldAtStart = device.open();
            measure(client, token, kMeasureSeconds, health, search);
            reopened = device.reopened();
        }
        qInfo().noquote() << QStringLiteral("1,002 misbehaving connections from 127.0.0.2 (%1 open "
                                            "at the start, %2 closed by the server and reopened "
                                            "in %3 s)")
                                 .arg(heldAtStart).arg(reopened).arg(kMeasureSeconds);
        qInfo().noquote() << "meanwhile —" << health.line("health");
        qInfo().noquote() << "meanwhile —" << search.line("search");
        QVERIFY(heldAtStart >= 1000);
        QCOMPARE(health.failures, 0);
        QCOMPARE(search.failures, 0);
        // The goal (health p99 < 100 ms) is printed, not asserted: latency on a shared machine is
        // no unit-test matter. Asserted: nobody waited behind the device (its connections are cut
        // after 10 s; before the gate every request failed).
        const double p99 = health.percentile(99);
        qInfo("goal: health p99 under 100 ms while the device holds its connections: %s (%.1f ms)",
              p99 < 100 ? "PASS" : "FAIL", p99);
        QVERIFY2(health.percentile(100) < 5000 && search.percentile(100) < 5000,
                 qPrintable(health.line("health") + QLatin1Char('\n') + search.line("search")));
    }
};

QTEST_GUILESS_MAIN(SlowClientsTest)
#include "slowclients_test.moc"
