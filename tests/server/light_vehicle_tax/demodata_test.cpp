// The demo data of 住登外者・法人 and 軽自動車税 (Module::writeDemoData after `demotown generate`):
// written once (a second run writes nothing), vehicles owned by residents and by the demo's 法人
// and 住登外者, in the demo mix, and 当初課税 run for the current 年度 so the 課税台帳 is there.
#include "server/app/moduleset.h"
#include "server/light_vehicle_tax/demodata.h"
#include "server/party/partyregistry.h"
#include "server/resident/demotown/generator.h"
#include "server/store/database.h"
#include "tests/server/resident/residenttestkit.h"

#include <QSqlQuery>
#include <QTest>

using namespace kikan;
using namespace Qt::Literals::StringLiterals;

class DemoDataTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestServer> m_server;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q = store::exec(m_server->app().context().database.connection(), sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>();
        test::setClock(*m_server, QDateTime(QDate(2026, 6, 1), QTime(1, 0), Qt::UTC));
        store::Database &db = m_server->app().context().database;
        resident::demotown::markDemoDatabase(db);
        resident::demotown::GenerateOptions options;
        options.residents = 400;
        options.seed = 3;
        resident::demotown::generate(db, options);
    }

    void writtenOnceWithEveryKindOfOwner()
    {
        auto &modules = m_server->app().modules();
        const QStringList lines = modules.writeDemoData(m_server->app().context(), {3});
        QVERIFY2(lines.join(u'\n').contains(QString::fromUtf8("軽自動車")), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.join(u'\n').contains(QString::fromUtf8("法人 30 社")));
        const qint64 vehicles = scalar(u"SELECT COUNT(*) FROM light_vehicles"_s);
        QVERIFY(vehicles >= 100);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM non_resident_records WHERE kind = 'corporation'"_s), 30);
        // Owners of every kind, through the party contract.
        const auto &numbers = m_server->app().context().services.get<party::PartyNumbers>();
        QSqlQuery q = store::exec(m_server->app().context().database.connection(),
                                  u"SELECT DISTINCT owner_party_no FROM light_vehicle_records"_s);
        QSet<QString> kinds;
        while (q.next())
            kinds.insert(numbers.kindOf(q.value(0).toLongLong()));
        QCOMPARE(kinds, (QSet<QString>{u"resident"_s, u"non_resident"_s, u"corporation"_s}));
        // 軽四輪 乗用 自家用 the most; 当初課税 of 令和8年度 ran.
        QVERIFY(scalar(u"SELECT COUNT(*) FROM light_vehicle_records WHERE vehicle_class = 'four_wheel' "
                       "AND body = 'passenger' AND vehicle_use = 'private'"_s) * 3 > vehicles);
        QVERIFY(scalar(u"SELECT COUNT(*) FROM light_vehicle_levies WHERE fiscal_year = 2026"_s) > 0);
        QVERIFY(scalar(u"SELECT COUNT(*) FROM light_vehicle_levies WHERE rate_column = 'heavy'"_s) > 0);

        const QStringList again = modules.writeDemoData(m_server->app().context(), {3});
        QVERIFY(!again.join(u'\n').contains(QString::fromUtf8("軽自動車")));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM light_vehicles"_s), vehicles);
    }
};

QTEST_GUILESS_MAIN(DemoDataTest)
#include "demodata_test.moc"
