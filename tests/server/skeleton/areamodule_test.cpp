// The area-module interface proved by a skeleton area (module.cpp here) that joins a real server
// through module::Module alone: its route, rights area and error code work over HTTPS; it reads
// persons through the party directory and hears 住民記録's 異動 only after they commit; a failing
// listener never fails a change; the module set refuses wiring mistakes. Also walks every route of
// the real modules: each belongs to a module that declares its event and its rights area.
#include "module.h"

#include "server/auth/rightscatalogue.h"
#include "server/app/moduleset.h"
#include "server/store/migrations.h"
#include "tests/server/resident/residenttestkit.h"

#include <QTest>

using namespace kikan;
using namespace Qt::Literals::StringLiterals;

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }

class Declared : public module::Module
{
public:
    Declared(QString name, module::MigrationRange range) : m_name(std::move(name)), m_range(range) {}
    QString name() const override { return m_name; }
    module::MigrationRange migrations() const override { return m_range; }

private:
    QString m_name;
    module::MigrationRange m_range;
};
} // namespace

class AreaModuleTest : public QObject
{
    Q_OBJECT
    skeleton::Heard m_heard;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::ResidentApi> m_api;
    QString m_clerk, m_teacher;

    qint64 moveIn(const QString &family, const QString &given)
    {
        QJsonArray persons{test::person(family, given, s("テスト"), s("タロウ"), "1990-04-01",
                                        "1", "02")};
        const test::HttpReply r = m_api->change(
            u"move-in"_s, {{"effectiveDate", "2025-05-20"}, {"notifiedDate", "2025-05-20"},
                           {"address", test::address("0003", "7")},
                           {"previousAddress", s("東京都千代田区霞が関二丁目1番2号")},
                           {"persons", persons}}, m_clerk);
        return r.status == 201 ? r.json()[u"partyNos"_s][0].toInteger() : 0;
    }
    int heardCount()
    {
        std::lock_guard lock(m_heard.mutex);
        return int(m_heard.events.size());
    }

private slots:
    void initTestCase()
    {
        std::vector<std::unique_ptr<module::Module>> extra;
        extra.push_back(skeleton::createModule(&m_heard));
        m_server = std::make_unique<test::TestServer>(test::TestServer::Store::Sqlite,
                                                      QHash<QString, QVariant>{}, std::move(extra));
        test::setClock(*m_server, QDateTime(QDate(2025, 6, 2), QTime(1, 0), Qt::UTC));
        m_api = std::make_unique<test::ResidentApi>(*m_server);
        m_clerk = test::staffWithRights(*m_server, u"clerk"_s,
                                        {"resident:view", "resident:update"});
        m_teacher = test::staffWithRights(*m_server, u"teacher"_s, {"school_enrolment:view"});
        QVERIFY(!m_clerk.isEmpty() && !m_teacher.isEmpty());
    }

    void skeletonRouteReadsThePartyDirectory()
    {
        const qint64 party = moveIn(s("学校"), s("太郎"));
        QVERIFY(party > 0);
        test::HttpReply r = m_server->client().get(u"/api/v1/skeleton/%1"_s.arg(party), m_teacher);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"name"_s].toString(), s("学校　太郎"));
        QVERIFY(r.json()[u"address"_s].toString().endsWith(u"7"_s));
        // The resident area's own routes stay closed to the skeleton's staff.
        QCOMPARE(m_api->get(u"/persons/%1"_s.arg(party), m_teacher).status, 403);
    }

    void skeletonErrorCodeIsRegistered()
    {
        const test::HttpReply r = m_server->client().get(u"/api/v1/skeleton/999999"_s, m_teacher);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"skeleton.not_enrolled"_s);
        QCOMPARE(r.json()[u"title"_s].toString(), s("この方は就学の対象として登録されていません。"));
    }

    void committedChangeReachesTheListener()
    {
        const qint64 party = moveIn(s("転出"), s("花子"));
        const int before = heardCount();
        QJsonObject out{{"effectiveDate", "2025-05-31"}, {"notifiedDate", "2025-05-31"},
                        {"destinationAddress", s("大阪府大阪市北区1-1")},
                        {"partyNos", QJsonArray{party}}};
        const QJsonObject view = m_api->get(u"/persons/%1"_s.arg(party), m_clerk).json();
        out.insert("householdNo", view[u"person"_s][u"householdNo"_s].toInteger());
        out.insert("householdVersion", view[u"household"_s][u"version"_s].toInt());
        test::HttpReply r = m_api->change(u"move-out"_s, out, m_clerk);
        QCOMPARE(r.status, 201);
        QCOMPARE(heardCount(), before + 1);
        std::lock_guard lock(m_heard.mutex);
        const party::PartyChanged &e = m_heard.events.last();
        QCOMPARE(e.kind, u"move_out"_s);
        QCOMPARE(e.changeId, r.json()[u"changeId"_s].toInteger());
        QCOMPARE(e.effectiveDate, QDate(2025, 5, 31));
        QCOMPARE(e.parties.size(), 1);
        QCOMPARE(e.parties[0].partyNo, party);
        QCOMPARE(e.parties[0].statusBefore, u"resident"_s);
        QCOMPARE(e.parties[0].statusAfter, u"moved_out"_s);
        QVERIFY(!e.parties[0].nameChanged);
        QCOMPARE(m_heard.snapshots.last().status, u"moved_out"_s);
        QCOMPARE(m_heard.snapshots.last().destinationAddress, s("大阪府大阪市北区1-1"));
    }

    void refusedChangePublishesNothing()
    {
        const int before = heardCount();
        const test::HttpReply r = m_api->change(
            u"move-out"_s, {{"effectiveDate", "2025-05-31"}, {"householdNo", 987654},
                            {"householdVersion", 1}, {"partyNos", QJsonArray{987654}}}, m_clerk);
        QVERIFY(r.status >= 400);
        QCOMPARE(heardCount(), before);
    }

    void failingListenerDoesNotFailTheChange()
    {
        QStringList failures;
        m_server->app().context().events.setErrorSink(
            [&failures](const QString &who, const QString &) { failures << who; });
        m_server->app().context().events.subscribe<party::PartyChanged>(
            u"broken"_s, [](const party::PartyChanged &) { throw std::runtime_error("boom"); });
        const int before = heardCount();
        QVERIFY(moveIn(s("故障"), s("次郎")) > 0);
        QCOMPARE(heardCount(), before + 1); // the skeleton still heard it
        QCOMPARE(failures, QStringList{u"broken"_s});
    }

    void changesSinceReplaysWhatWasPublished()
    {
        const auto &directory = m_server->app().context().services.get<party::PartyDirectory>();
        const QList<party::PartyChanged> replay = directory.changesSince(0, 1000);
        std::lock_guard lock(m_heard.mutex);
        QCOMPARE(replay.size(), m_heard.events.size());
        for (int i = 0; i < replay.size(); ++i) {
            QCOMPARE(replay[i].changeId, m_heard.events[i].changeId);
            QCOMPARE(replay[i].kind, m_heard.events[i].kind);
            QCOMPARE(replay[i].parties.size(), m_heard.events[i].parties.size());
            QCOMPARE(replay[i].parties[0].statusAfter, m_heard.events[i].parties[0].statusAfter);
        }
        QCOMPARE(directory.changesSince(replay.last().changeId, 10).size(), 0);
    }

    void everyRouteBelongsToAModuleThatDeclaresIt()
    {
        const app::ModuleSet &modules = m_server->app().modules();
        const auth::RightsCatalogue &catalogue = auth::RightsCatalogue::instance();
        for (const http::Route &route : m_server->app().router().routes()) {
            const QString where = route.method + u' ' + route.pattern;
            if (route.module.isEmpty()) { // the application's own: health
                QVERIFY2(route.pattern.endsWith(u"/health"_s), qPrintable(where));
                continue;
            }
            const module::Module *m = modules.find(route.module);
            QVERIFY2(m, qPrintable(where));
            if (!route.event.isEmpty())
                QVERIFY2(m->auditEvents().contains(route.event), qPrintable(where + route.event));
            if (route.access.kind == http::Access::Kind::Right) {
                QVERIFY2(m->rightAreas().contains(route.access.area), qPrintable(where));
                QVERIFY2(catalogue.isKnown(route.access.area + u':' + route.access.action),
                         qPrintable(where));
            }
        }
    }

    void moduleCommandsAndDemoDataJoinThroughTheModuleSet()
    {
        app::ModuleSet &modules = m_server->app().modules();
        QVERIFY(!modules.command(u"no-such-command"_s));
        const std::optional<module::Command> heard = modules.command(u"skeleton-heard"_s);
        QVERIFY(heard);
        QString printed;
        QString complaint;
        QTextStream out(&printed);
        QTextStream err(&complaint);
        QCOMPARE(heard->run(m_server->app().context(), {}, out, err), 0);
        out.flush();
        QCOMPARE(printed.toInt(), [this] {
            std::lock_guard lock(m_heard.mutex);
            return int(m_heard.events.size());
        }());
        QCOMPARE(heard->run(m_server->app().context(), {u"extra"_s}, out, err), 2);
        err.flush();
        QVERIFY(complaint.contains(u"使い方"_s));

        const QStringList first = modules.writeDemoData(m_server->app().context(), {.seed = 7});
        // Every module with demo data reports its line (印鑑登録 writes seals for these residents).
        QVERIFY2(first.contains(u"就学 (skeleton) 種 7"_s), qPrintable(first.join(u'|')));
        QVERIFY(modules.writeDemoData(m_server->app().context(), {.seed = 7}).isEmpty());
    }

    void moduleSetRefusesWiringMistakes()
    {
        std::vector<std::unique_ptr<module::Module>> overlap;
        overlap.push_back(std::make_unique<Declared>(u"one"_s, module::MigrationRange{20000, 20999}));
        overlap.push_back(std::make_unique<Declared>(u"two"_s, module::MigrationRange{20500, 21999}));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, app::ModuleSet(std::move(overlap)).check());

        // 住民記録's schema files (10001…) outside the range its module declares.
        std::vector<std::unique_ptr<module::Module>> outside;
        outside.push_back(std::make_unique<Declared>(u"resident"_s, module::MigrationRange{30000, 30999}));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, app::ModuleSet(std::move(outside)).check());

        // The server's own list passes (it started), and every schema file has its module.
        QVERIFY(!store::Migrator::available().isEmpty());
        m_server->app().modules().check();
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(AreaModuleTest)
#include "areamodule_test.moc"
