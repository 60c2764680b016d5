// Owners found by name across every kind of party, over real HTTPS on SQLite and PostgreSQL:
// party::PartySearch (server/party/partysearch.h) answers residents (住民記録's search keys),
// 住登外者 and 法人 (server/non_resident); GET …/vehicles?ownerName= lists their vehicles with the
// owner's name; 住登外者・法人 publish party::PartyChanged once a registration or change commits
// (changeId 0, name and address changes flagged), never for a refused one.
#include "vehicletestkit.h"

#include "server/party/partydirectory.h"
#include "server/party/partysearch.h"

#include <mutex>

using namespace kikan;
using test::u8;

class OwnerSearchTest : public test::VehicleFixture
{
    Q_OBJECT
public:
    using VehicleFixture::VehicleFixture;

private:
    struct Heard {
        std::mutex mutex;
        QList<party::PartyChanged> events;
    };
    std::shared_ptr<Heard> m_heard = std::make_shared<Heard>();

    QList<qint64> byName(const QString &text)
    {
        return m_server->app().context().services.get<party::PartySearch>().byName(text, 50);
    }
    QList<party::PartyChanged> heard()
    {
        std::lock_guard lock(m_heard->mutex);
        return m_heard->events;
    }

private slots:
    void initTestCase()
    {
        startWithParties();
        m_server->app().context().events.subscribe<party::PartyChanged>(
            u"test"_s, [heard = m_heard](const party::PartyChanged &e) {
                std::lock_guard lock(heard->mutex);
                heard->events.append(e);
            });
        QVERIFY(vehicleId(registerVehicle(m_resident, u8("本町 さ 1"), u"2024-05-01"_s)));
        QVERIFY(vehicleId(registerVehicle(m_company, u8("本町 さ 2"), u"2024-05-01"_s)));
        QVERIFY(vehicleId(registerVehicle(m_company, u8("本町 さ 3"), u"2024-05-01"_s)));
    }
    void cleanupTestCase() { m_server.reset(); }

    void partySearchCoversEveryKind()
    {
        QCOMPARE(byName(u8("軽井")), QList<qint64>{m_resident});
        QCOMPARE(byName(u8("軽井　四郎")), QList<qint64>{m_resident});
        QCOMPARE(byName(u8("有限会社軽")), QList<qint64>{m_company});
        QCOMPARE(byName(u8("遠方 二葉")), QList<qint64>{m_outsider});
        QCOMPARE(byName(u8("遠方二")), QList<qint64>{m_outsider});
        QVERIFY(byName(u8("該当なし")).isEmpty());
        QVERIFY(byName(u8("100%")).isEmpty()); // no wildcard from the text
    }

    void vehiclesByOwnerName()
    {
        const QJsonArray list = get(vehicles() + u"?ownerName=%1"_s.arg(
                                        QString::fromLatin1(QUrl::toPercentEncoding(u8("有限会社軽")))))
                                    .json()[u"vehicles"_s].toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0][u"ownerPartyNo"_s].toInteger(), m_company);
        QCOMPARE(list[0][u"ownerName"_s].toString(), u8("有限会社軽運送"));
        const QJsonArray mine = get(vehicles() + u"?ownerName=%1"_s.arg(
                                        QString::fromLatin1(QUrl::toPercentEncoding(u8("軽井")))))
                                    .json()[u"vehicles"_s].toArray();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine[0][u"ownerName"_s].toString(), u8("軽井　四郎"));
        QCOMPARE(get(vehicles() + u"?plateNo=%1"_s.arg(QString::fromLatin1(
                                      QUrl::toPercentEncoding(u8("本町 さ 2")))))
                     .json()[u"vehicles"_s].toArray().size(),
                 1);
    }

    void nonResidentsPublishPartyChanged()
    {
        const int before = int(heard().size());
        const qint64 firm = corporation(u8("株式会社通知"), u"7010001008844"_s, u"2025-04-01"_s);
        QVERIFY(firm);
        QList<party::PartyChanged> events = heard();
        QCOMPARE(events.size(), before + 1);
        QCOMPARE(events.last().kind, u"non_resident_register"_s);
        QCOMPARE(events.last().changeId, 0);
        QCOMPARE(events.last().parties.first().partyNo, firm);
        QVERIFY(events.last().parties.first().statusBefore.isEmpty());
        QCOMPARE(events.last().parties.first().statusAfter, u"active"_s);

        const test::HttpReply changed = post(
            u"/api/v1/non-resident/parties/%1/changes"_s.arg(firm),
            {{"kind", "corporation"}, {"familyName", u8("株式会社通知改")},
             {"corporateNumber", "7010001008844"}, {"address", u8("東京都千代田区霞が関3-1-1")},
             {"version", 1}, {"effectiveDate", "2025-05-01"}});
        QCOMPARE(changed.status, 200);
        events = heard();
        QCOMPARE(events.size(), before + 2);
        QCOMPARE(events.last().kind, u"non_resident_change"_s);
        QCOMPARE(events.last().effectiveDate, QDate(2025, 5, 1));
        QVERIFY(events.last().parties.first().nameChanged);
        QVERIFY(!events.last().parties.first().addressChanged);
        QCOMPARE(byName(u8("株式会社通知改")), QList<qint64>{firm});

        // a refused change (stale version) publishes nothing
        QCOMPARE(post(u"/api/v1/non-resident/parties/%1/changes"_s.arg(firm),
                      {{"kind", "corporation"}, {"familyName", u8("株式会社")},
                       {"corporateNumber", "7010001008844"}, {"version", 1},
                       {"address", u8("東京都千代田区霞が関3-1-1")},
                       {"effectiveDate", "2025-06-01"}}).status,
                 409);
        QCOMPARE(heard().size(), before + 2);
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<OwnerSearchTest>(argc, argv);
}

#include "ownersearch_test.moc"
