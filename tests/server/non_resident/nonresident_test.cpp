// 住登外者・法人 (server/non_resident) over real HTTPS on SQLite and PostgreSQL: recorded in the one
// 宛名番号 space with residents, found through party::PartyDirectory (the registry 住民記録
// provides), 法人番号 checked (国税庁 7000012050002 is real; a wrong check digit is refused) and
// unique, a change with its effective date (as-of views) and the version read (a stale one is
// refused), the rights area non_resident.
#include "partytestkit.h"

#include "server/party/partyregistry.h"
#include "shared/api/non_resident/errors.h"

using namespace kikan;
using test::u8;

class NonResidentTest : public test::PartyFixture
{
    Q_OBJECT
public:
    using PartyFixture::PartyFixture;

private:
    party::PartyDirectory &directory()
    {
        return m_server->app().context().services.get<party::PartyDirectory>();
    }

private slots:
    void initTestCase() { start(); }
    void cleanupTestCase() { m_server.reset(); }

    void partiesShareOneNumberSpace()
    {
        const qint64 a = resident(u8("町内"), u8("一郎"));
        const qint64 b = outsider(u8("町外"), u8("花子"));
        const qint64 c = corporation(u8("株式会社テスト運送"), u"7000012050002"_s);
        const qint64 d = resident(u8("町内"), u8("二郎"));
        QVERIFY(a > 0 && b > 0 && c > 0 && d > 0);
        QCOMPARE(b, a + 1);
        QCOMPARE(c, b + 1);
        QCOMPARE(d, c + 1);
        const auto &numbers = m_server->app().context().services.get<party::PartyNumbers>();
        QCOMPARE(numbers.kindOf(a), u"resident"_s);
        QCOMPARE(numbers.kindOf(b), u"non_resident"_s);
        QCOMPARE(numbers.kindOf(c), u"corporation"_s);

        const QDate today(2025, 6, 2);
        QCOMPARE(directory().find(a, today)->kind, u"resident"_s);
        const auto outsiderNow = directory().find(b, today);
        QVERIFY(outsiderNow);
        QCOMPARE(outsiderNow->fullName(), u8("町外　花子"));
        QCOMPARE(outsiderNow->status, u"active"_s);
        QVERIFY(!outsiderNow->isResident());
        const auto company = directory().find(c, today);
        QCOMPARE(company->kind, u"corporation"_s);
        QCOMPARE(company->fullName(), u8("株式会社テスト運送"));
        QCOMPARE(company->corporateNumber, u"7000012050002"_s);
        QVERIFY(!directory().find(c, QDate(2024, 3, 31))); // not yet recorded then
    }

    void corporateNumberIsChecked()
    {
        test::HttpReply r = nonResident({{"kind", "corporation"}, {"familyName", u8("誤番号商事")},
                                         {"corporateNumber", "7000012050003"},
                                         {"address", u8("東京都")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::NonResidentCorporateNumber));
        // Full-width digits are the same number; the same number twice is refused.
        r = nonResident({{"kind", "corporation"}, {"familyName", u8("東京都")},
                         {"corporateNumber", u8("８００００２０１３０００１")},
                         {"address", u8("東京都新宿区西新宿2-8-1")}});
        QCOMPARE(r.status, 201);
        r = nonResident({{"kind", "corporation"}, {"familyName", u8("東京都（重複）")},
                         {"corporateNumber", "8000020130001"}, {"address", u8("東京都")}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::NonResidentDuplicate));
        // A 法人 has no 名; a 住登外者 has no 法人番号; the kind must be one of the two.
        QCOMPARE(nonResident({{"kind", "corporation"}, {"familyName", u8("名あり")},
                              {"givenName", u8("太郎")}, {"address", u8("東京都")}}).status, 422);
        QCOMPARE(nonResident({{"kind", "non_resident"}, {"familyName", u8("番号")},
                              {"corporateNumber", "7000012050002"}, {"address", u8("東京都")}})
                     .status, 422);
        r = nonResident({{"kind", "resident"}, {"familyName", u8("種別")}, {"address", u8("町内")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[u"fields"_s][0][u"field"_s].toString(), u"kind"_s);
    }

    void changeKeepsHistoryAndChecksTheVersion()
    {
        const qint64 p = outsider(u8("転居"), u8("三郎"), u"2024-05-01"_s);
        const QString path = u"/api/v1/non-resident/parties/%1"_s.arg(p);
        QCOMPARE(get(path).json()[u"version"_s].toInt(), 1);
        QJsonObject change{{"version", 1}, {"effectiveDate", "2025-02-01"}, {"kind", "non_resident"},
                           {"familyName", u8("転居")}, {"givenName", u8("三郎")},
                           {"address", u8("福岡県福岡市中央区天神1-1")}};
        test::HttpReply r = post(path + u"/changes"_s, change);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"version"_s].toInt(), 2);
        r = post(path + u"/changes"_s, change); // the same version again: someone was first
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::NonResidentConflict));
        const QJsonObject before = get(path + u"?asOf=2025-01-31"_s).json();
        QCOMPARE(before[u"party"_s][u"address"_s].toString(), u8("大阪府大阪市北区梅田1-1"));
        const QJsonObject after = get(path).json();
        QCOMPARE(after[u"party"_s][u"address"_s].toString(), u8("福岡県福岡市中央区天神1-1"));
        QCOMPARE(after[u"history"_s].toArray().size(), 2);
        QCOMPARE(after[u"history"_s][0][u"validTo"_s].toString(), u"2025-02-01"_s);
        QCOMPARE(directory().find(p, QDate(2025, 1, 31))->address, u8("大阪府大阪市北区梅田1-1"));
        // A change dated on or before the last one is refused.
        change.insert("version", 2);
        change.insert("effectiveDate", "2025-02-01");
        QCOMPARE(post(path + u"/changes"_s, change).status, 422);
    }

    void rightsAreaIsNonResident()
    {
        QCOMPARE(get(u"/api/v1/non-resident/parties/100001"_s, m_viewer).status, 403);
        QCOMPARE(get(u"/api/v1/non-resident/parties/999999"_s).status, 404);
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<NonResidentTest>(argc, argv);
}

#include "nonresident_test.moc"
