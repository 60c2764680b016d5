// The counters of the failover test (scripts/failover/failover-test.sh, docs/operations.md
// "The failover test"): N simulated terminals, each the real client's ApiClient (client/net: the
// Idempotency-Key on every change, retries with the same key) over HTTPS through HAProxy, doing a
// 転入 then a certificate for the new person, again and again, for a bounded time. At --kill-at
// seconds it runs --kill-cmd (kill -9 of the primary PostgreSQL and of one application server).
// Afterwards it reads the database (libpq multi-host, the new primary) and prints the figures:
// acknowledged, lost (acknowledged but absent), duplicated (present twice), seconds to writable
// (from the kill to the first change sent after it and acknowledged). Exit 0 when 0 lost,
// 0 duplicated and writable within 60 s.
#include "client/net/apiclient.h"
#include "server/store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <memory>

using kikan::client::ApiClient;
using kikan::client::ApiReply;

namespace {

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

struct Change {
    bool certificate = false;
    QString tag;         // 転入: the previousAddress that names it; certificate: the party
    qint64 partyNo = 0;  // certificate: the person; 転入: the person created (when answered)
    qint64 sentMs = 0;
    qint64 doneMs = 0;
    bool acknowledged = false;
    int attempts = 0;
    QString error;
};

struct Run {
    QList<Change> changes;
    qint64 stopMs = 0;
    qint64 killMs = 0;
    int busy = 0;
};

class Terminal : public QObject
{
public:
    Terminal(int index, Run &run, const QUrl &url, const QString &ca) : m_index(index), m_run(run)
    {
        m_api.setServer(url, ca);
        m_api.setRetryWindow(70000);
        m_api.setTimeout(30000);
    }
    void start(const QString &login, const QString &password)
    {
        ++m_run.busy;
        ApiReply *r = m_api.signIn(login, password);
        connect(r, &ApiReply::finished, this, [this, r] {
            if (!r->ok()) {
                std::fprintf(stderr, "terminal %d: sign-in failed: %s\n", m_index,
                             qPrintable(r->error().message()));
                --m_run.busy;
                return;
            }
            next();
        });
    }

private:
    void next()
    {
        if (nowMs() >= m_run.stopMs) {
            --m_run.busy;
            return;
        }
        const qsizetype slot = m_run.changes.size();
        Change c;
        c.sentMs = nowMs();
        ApiReply *r = nullptr;
        if (m_lastParty > 0) {
            c.certificate = true;
            c.partyNo = m_lastParty;
            c.tag = QString::number(m_lastParty);
            r = m_api.post(QStringLiteral("/api/v1/resident/certificates"),
                           {{"kind", "individual"}, {"partyNo", m_lastParty},
                            {"requester", QJsonObject{{"relation", "self"}}}});
            m_lastParty = 0;
        } else {
            c.tag = QStringLiteral("試験市 端末%1 第%2号").arg(m_index).arg(++m_serial);
            r = m_api.post(QStringLiteral("/api/v1/resident/changes/move-in"), moveIn(c.tag));
        }
        m_run.changes.append(c);
        connect(r, &ApiReply::finished, this, [this, r, slot] {
            Change &done = m_run.changes[slot];
            done.doneMs = nowMs();
            done.attempts = r->attempts();
            done.acknowledged = r->ok();
            if (!r->ok()) {
                done.error = r->error().code.isEmpty() ? r->error().title : r->error().code;
            } else if (!done.certificate) {
                done.partyNo = r->json().value("partyNos").toArray().first().toInteger();
                m_lastParty = done.partyNo;
            }
            QTimer::singleShot(200, this, [this] { next(); }); // the clerk's next step
        });
    }
    QJsonObject moveIn(const QString &tag) const
    {
        const QJsonObject person{{"familyName", QString::fromUtf8("冗長")},
                                 {"givenName", QString::fromUtf8("太郎")},
                                 {"familyNameKana", QString::fromUtf8("ジョウチョウ")},
                                 {"givenNameKana", QString::fromUtf8("タロウ")},
                                 {"birthDate", "1980-01-02"}, {"sex", "1"},
                                 {"relationshipCode", "02"}};
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        return {{"effectiveDate", today}, {"notifiedDate", today},
                {"address", QJsonObject{{"townAreaCode", "0001"},
                                        {"addressNumber", QString::fromUtf8("１丁目１番地")}}},
                {"previousAddress", tag}, {"persons", QJsonArray{person}}};
    }

    int m_index;
    Run &m_run;
    ApiClient m_api;
    int m_serial = 0;
    qint64 m_lastParty = 0;
};

int scalar(kikan::store::Database &db, const QString &sql, const QVariant &value)
{
    QSqlQuery q = kikan::store::exec(db.connection(), sql, {value});
    return q.next() ? q.value(0).toInt() : -1;
}

// Reads every change back from the database; prints the figures; true when they pass.
bool verify(const Run &run, kikan::store::Database &db)
{
    int acknowledged = 0, lost = 0, duplicated = 0, unanswered = 0;
    qint64 writableMs = -1;
    for (const Change &c : run.changes) {
        const int present = c.certificate
            ? scalar(db, QStringLiteral("SELECT COUNT(*) FROM certificate_issues WHERE party_no = ?"),
                     c.partyNo)
            : scalar(db, QStringLiteral("SELECT COUNT(DISTINCT change_id) FROM resident_records "
                                        "WHERE previous_address = ?"), c.tag);
        acknowledged += c.acknowledged;
        unanswered += !c.acknowledged;
        lost += c.acknowledged && present < 1;
        duplicated += present > 1;
        if (present > 1 || (c.acknowledged && present < 1))
            std::printf("failover-test: %s %s: present %d times (acknowledged: %s)\n",
                        c.certificate ? "certificate for" : "move-in", qPrintable(c.tag), present,
                        c.acknowledged ? "yes" : "no");
        if (!c.acknowledged)
            std::printf("failover-test: not acknowledged after %d attempts: %s (%s)\n", c.attempts,
                        qPrintable(c.tag), qPrintable(c.error));
        if (run.killMs > 0 && c.acknowledged && c.sentMs > run.killMs
            && (writableMs < 0 || c.doneMs < writableMs))
            writableMs = c.doneMs;
    }
    const double toWritable = writableMs < 0 ? -1 : (writableMs - run.killMs) / 1000.0;
    std::printf("failover-test: changes sent %lld, acknowledged %d, not acknowledged %d, "
                "lost %d, duplicated %d, seconds to writable %.1f\n",
                qlonglong(run.changes.size()), acknowledged, unanswered, lost, duplicated,
                toWritable);
    return lost == 0 && duplicated == 0 && toWritable >= 0 && toWritable < 60;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    for (const char *o : {"url", "ca", "login", "password", "terminals", "seconds", "kill-at",
                          "kill-cmd", "pg-hosts", "pg-ports", "pg-user", "pg-database"})
        p.addOption({QString::fromLatin1(o), QString::fromLatin1(o), QStringLiteral("value")});
    p.process(app);
    Run run;
    const int seconds = p.value("seconds").toInt();
    std::vector<std::unique_ptr<Terminal>> terminals;
    for (int i = 1; i <= p.value("terminals").toInt(); ++i) {
        terminals.push_back(std::make_unique<Terminal>(i, run, QUrl(p.value("url")), p.value("ca")));
        terminals.back()->start(p.value("login"), p.value("password"));
    }
    run.stopMs = nowMs() + seconds * 1000LL;
    QTimer::singleShot(p.value("kill-at").toInt() * 1000, &app, [&] {
        run.killMs = nowMs();
        std::printf("failover-test: %lld changes sent; killing: %s\n",
                    qlonglong(run.changes.size()), qPrintable(p.value("kill-cmd")));
        std::fflush(stdout);
        QProcess::execute(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), p.value("kill-cmd")});
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (nowMs() > run.stopMs && run.busy == 0)
            app.quit();
    });
    poll.start(200);
    app.exec();

    kikan::store::StoreConfig config;
    config.driver = kikan::store::StoreConfig::Driver::Postgres;
    config.host = p.value("pg-hosts");
    config.ports = p.value("pg-ports");
    config.user = p.value("pg-user");
    config.database = p.value("pg-database");
    kikan::store::Database db(config);
    const bool pass = verify(run, db);
    std::printf("failover-test: %s\n", pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
