// 住民記録 over real HTTPS on SQLite and PostgreSQL, the kinds beyond the moves (docs/resident.md
// "異動"): 国外からの転入 and 特例転入, 出生 and 死亡 (a dying 世帯主 needs the new one), 世帯分離,
// 世帯合併 and 世帯主変更 (法第25条), the 職権 kinds and 外国人住民の記載事項の変更, and a body that is
// not JSON. One representative case per kind; the rules themselves: changerules_test.cpp.
// 処理日 = 2025-06-02 (ManualClock).
#include "registrytestkit.h"

using namespace kikan;
using test::s;

class RegistryHouseholdsTest : public test::RegistryFixture
{
    Q_OBJECT
public:
    using RegistryFixture::RegistryFixture;

private slots:
    void initTestCase()
    {
        start();
        QVERIFY(!m_clerk.isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    // 国外からの転入 is a 転入 of its own kind; 特例転入 (法第24条の2) needs the card's 個人番号.
    void moveInFromAbroadAndSpecialMoveIn()
    {
        const Family abroad = moveIn({test::person(s("森"), s("海"), s("モリ"), s("カイ"),
                                                   "1995-03-03", "1", "02")},
                                     "0004", "40", "2025-05-20", "move-in-abroad");
        QCOMPARE(abroad.parties.size(), 1);
        QCOMPARE(view(abroad.parties[0])[u"history"_s][0][u"change"_s][u"kind"_s].toString(),
                 u"move_in_abroad"_s);
        QJsonObject p = test::person(s("森"), s("空"), s("モリ"), s("ソラ"), "1996-04-04", "2",
                                     "02");
        QJsonObject body{{"effectiveDate", "2025-05-21"}, {"notifiedDate", "2025-05-21"},
                         {"address", test::address("0004", "41")},
                         {"previousAddress", test::kPreviousAddress},
                         {"persons", QJsonArray{p}}};
        test::HttpReply r = m_api->change("move-in-special", body, m_clerk);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[u"fields"_s][0][u"field"_s].toString(), u"persons[0].myNumber"_s);
        p.insert("myNumber", "123456789018");
        body.insert("persons", QJsonArray{p});
        r = m_api->change("move-in-special", body, m_clerk);
        QCOMPARE(r.status, 201);
    }

    // A body that is not a JSON object: request.malformed, logged as a refused change.
    void unreadableBodyIsRefusedAndLogged()
    {
        const auto refused = [&] {
            return test::residentLogCount(*m_server, "resident.birth", "change", 0);
        };
        const int before = refused();
        const test::HttpReply r = m_server->client().request(
            "POST", QStringLiteral("/api/v1/resident/changes/birth"), "{not json", m_clerk);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::BadRequest));
        QCOMPARE(refused(), before + 1);
    }

    void birthDeathAndTheHouseholder()
    {
        Family f = moveIn({test::person(s("田中"), s("父"), s("タナカ"), s("チチ"), "1970-01-01",
                                        "1", "02"),
                           test::person(s("田中"), s("母"), s("タナカ"), s("ハハ"), "1972-01-01",
                                        "2", "12")}, "0006", "10", "2025-01-05");
        QJsonObject b = base(f, "2025-05-01");
        b.insert("notifiedDate", "2025-05-08");
        b.insert("person", test::person(s("田中"), s("子"), s("タナカ"), s("コ"), "2025-05-01",
                                        "2", "20"));
        test::HttpReply r = m_api->change("birth", b, m_clerk);
        QCOMPARE(r.status, 201);
        const qint64 child = r.json()[u"partyNos"_s][0].toInteger();
        f.version = test::ResidentApi::versionOf(r, f.householdNo);
        QCOMPARE(view(child)[u"person"_s][u"residentSince"_s].toString(), u"2025-05-01"_s);
        QJsonObject d = base(f, "2025-05-20");
        d.insert("partyNo", f.parties[0]);
        r = m_api->change("death", d, m_clerk); // the 世帯主 dies: who heads the household?
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[u"fields"_s][0][u"field"_s].toString(), u"householder"_s);
        d.insert("relationships", QJsonArray{QJsonObject{{"partyNo", f.parties[1]},
                                                         {"relationshipCode", "02"}},
                                             QJsonObject{{"partyNo", child},
                                                         {"relationshipCode", "20"}}});
        r = m_api->change("death", d, m_clerk);
        QCOMPARE(r.status, 201);
        f.version = test::ResidentApi::versionOf(r, f.householdNo);
        QCOMPARE(view(f.parties[0])[u"latest"_s][u"status"_s].toString(), u"deceased"_s);
        QCOMPARE(view(f.parties[0], "2025-05-19")[u"person"_s][u"status"_s].toString(),
                 QStringLiteral("resident"));
        QJsonObject m = base(f, "2025-05-25");
        m.insert("partyNos", ids({f.parties[0]}));
        m.insert("address", test::address("0001", "99"));
        r = m_api->change("move-within", m, m_clerk); // the dead do not move
        QCOMPARE(r.code(), QString::fromLatin1(api::err::ResidentState));
    }

    void householdSplitMergeAndNewHouseholder()
    {
        Family f = moveIn({test::person(s("伊藤"), s("一"), s("イトウ"), s("ハジメ"), "1950-01-01",
                                        "1", "02"),
                           test::person(s("伊藤"), s("二"), s("イトウ"), s("ジ"), "1980-01-01",
                                        "1", "20")}, "0002", "20", "2025-02-01");
        QJsonObject split = base(f, "2025-03-01");
        split.insert("partyNos", ids({f.parties[1]}));
        split.insert("relationships", QJsonArray{QJsonObject{{"partyNo", f.parties[1]},
                                                             {"relationshipCode", "02"}}});
        test::HttpReply r = m_api->change("household-split", split, m_clerk);
        QCOMPARE(r.status, 201);
        const qint64 second = r.json()[u"households"_s][1][u"householdNo"_s].toInteger();
        QVERIFY(second != f.householdNo);
        QCOMPARE(view(f.parties[1])[u"person"_s][u"householdNo"_s].toInteger(), second);
        QCOMPARE(view(f.parties[1], "2025-02-28")[u"person"_s][u"householdNo"_s].toInteger(),
                 f.householdNo);
        QJsonObject merge = base(f, "2025-04-01");
        merge.insert("householdVersion", test::ResidentApi::versionOf(r, f.householdNo));
        merge.insert("toHouseholdNo", second);
        merge.insert("toHouseholdVersion", test::ResidentApi::versionOf(r, second));
        merge.insert("relationships", QJsonArray{QJsonObject{{"partyNo", f.parties[0]},
                                                             {"relationshipCode", "51"}}});
        r = m_api->change("household-merge", merge, m_clerk);
        QCOMPARE(r.status, 201);
        QCOMPARE(view(f.parties[0])[u"household"_s][u"members"_s].toArray().size(), 2);
        QCOMPARE(view(f.parties[0])[u"person"_s][u"relationshipText"_s].toString(), s("父"));
        QJsonObject change{{"effectiveDate", "2025-05-01"}, {"notifiedDate", "2025-05-01"},
                           {"householdNo", second},
                           {"householdVersion", test::ResidentApi::versionOf(r, second)},
                           {"relationships",
                            QJsonArray{QJsonObject{{"partyNo", f.parties[0]},
                                                   {"relationshipCode", "02"}},
                                       QJsonObject{{"partyNo", f.parties[1]},
                                                   {"relationshipCode", "20"}}}}};
        r = m_api->change("householder-change", change, m_clerk);
        QCOMPARE(r.status, 201);
        QCOMPARE(view(f.parties[0])[u"household"_s][u"householderName"_s].toString(),
                 s("伊藤　一"));
    }

    void foreignResidentAndOfficialChanges()
    {
        QJsonObject p = test::person("SMITH", "JOHN", s("スミス"), s("ジョン"), "1990-09-09", "1",
                                     "02");
        p.insert("residentKind", "foreign");
        p.insert("nationality", s("アメリカ合衆国"));
        p.insert("article30_45Class", "1");
        p.insert("residenceStatus", s("技術・人文知識・国際業務"));
        p.insert("stayExpiryDate", "2026-01-01");
        test::HttpReply r = m_api->change(
            "official-entry", {{"effectiveDate", "2025-05-02"},
                               {"address", test::address("0006", "1")},
                               {"reasonNote", s("実態調査による記載")},
                               {"persons", QJsonArray{p}}}, m_clerk);
        QCOMPARE(r.status, 201);
        Family f{r.json()[u"households"_s][0][u"householdNo"_s].toInteger(), 0,
                 {r.json()[u"partyNos"_s][0].toInteger()}};
        f.version = test::ResidentApi::versionOf(r, f.householdNo);
        QJsonObject u = base(f, "2025-05-15");
        u.remove("notifiedDate");
        u.insert("partyNo", f.parties[0]);
        u.insert("personVersion", personVersion(f.parties[0]));
        u.insert("fields", QJsonObject{{"stayExpiryDate", "2028-01-01"},
                                       {"periodOfStay", s("3年")}});
        r = m_api->change("foreign-resident-update", u, m_clerk);
        QCOMPARE(r.status, 201);
        f.version = test::ResidentApi::versionOf(r, f.householdNo);
        QCOMPARE(view(f.parties[0])[u"person"_s][u"stayExpiryDate"_s].toString(),
                 QStringLiteral("2028-01-01"));
        QCOMPARE(view(f.parties[0], "2025-05-14")[u"person"_s][u"stayExpiryDate"_s].toString(),
                 QStringLiteral("2026-01-01"));
        QVERIFY(found("smith").contains(f.parties[0]));
        u.insert("householdVersion", f.version);
        u.insert("personVersion", personVersion(f.parties[0]));
        u.insert("fields", QJsonObject{{"givenName", "JON"}});
        r = m_api->change("foreign-resident-update", u, m_clerk); // not a 在留 item
        QCOMPARE(r.status, 422);
        u.insert("reasonNote", s("氏名の職権修正"));
        r = m_api->change("official-correction", u, m_clerk);
        QCOMPARE(r.status, 201);
        f.version = test::ResidentApi::versionOf(r, f.householdNo);
        QCOMPARE(view(f.parties[0])[u"person"_s][u"givenName"_s].toString(), u"JON"_s);
        // The address alone may be what is wrong: no other item, still a 職権修正.
        QJsonObject a = base(f, "2025-05-20");
        a.remove("notifiedDate");
        a.insert("partyNo", f.parties[0]);
        a.insert("personVersion", personVersion(f.parties[0]));
        a.insert("reasonNote", s("住所の職権修正"));
        a.insert("fields", QJsonObject{});
        r = m_api->change("official-correction", a, m_clerk); // nothing to change
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[u"fields"_s][0][u"field"_s].toString(), u"fields"_s);
        a.insert("address", test::address("0006", "2"));
        r = m_api->change("official-correction", a, m_clerk);
        QCOMPARE(r.status, 201);
        f.version = test::ResidentApi::versionOf(r, f.householdNo);
        QCOMPARE(view(f.parties[0])[u"person"_s][u"givenName"_s].toString(), u"JON"_s);
        QCOMPARE(view(f.parties[0])[u"latest"_s][u"addressNumber"_s].toString(), u"2"_s);
        QJsonObject x = base(f, "2025-05-30");
        x.remove("notifiedDate");
        x.insert("partyNo", f.parties[0]);
        x.insert("personVersion", personVersion(f.parties[0]));
        x.insert("reasonNote", s("居住実態なし"));
        r = m_api->change("official-removal", x, m_clerk);
        QCOMPARE(r.status, 201);
        QCOMPARE(view(f.parties[0])[u"latest"_s][u"status"_s].toString(), u"removed"_s);
        QCOMPARE(view(f.parties[0])[u"history"_s].toArray().size(), 5);
    }
};

int main(int argc, char *argv[])
{
    return test::runOnBothStores<RegistryHouseholdsTest>(argc, argv);
}

#include "registry_households_test.moc"
