// The 住民記録 registry over real HTTPS on SQLite and PostgreSQL (server/resident; the 異動 and
// their checks in docs/resident.md): 転入 with its history rows and search keys, as-of-date views,
// the 届出 dates as the API applies them (the rules themselves: changerules_test.cpp), 転居, 転出
// and 転出取消, 訂正, optimistic concurrency between two counters, search by each kind of input,
// the 個人番号 right and 支援措置 with its access-log entries. Households, 出生・死亡 and the
// 職権 kinds: registry_households_test.cpp. 処理日 = 2025-06-02 (ManualClock).
#include "registrytestkit.h"

using namespace kikan;
using test::s;

class RegistryTest : public test::RegistryFixture
{
    Q_OBJECT
public:
    using RegistryFixture::RegistryFixture;

private slots:
    void initTestCase()
    {
        start();
        QVERIFY(!m_clerk.isEmpty() && !m_numbers.isEmpty() && !m_guard.isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void moveInWritesHouseholdHistoryAndSearchKeys()
    {
        QJsonObject taro = test::person(s("髙橋"), s("太郎"), s("タカハシ"), s("タロウ"),
                                        s("平成2年1月15日"), "1", "02");
        taro.insert(QStringLiteral("myNumber"), QStringLiteral("123456789018"));
        const Family f = moveIn({taro, test::person(s("髙橋"), s("花子"), s("たかはし"),
                                                    s("はなこ"), "1991-03-03", "2", "12")},
                                "0001", s("１丁目２番地"));
        QCOMPARE(f.parties.size(), 2);
        const QJsonObject v = view(f.parties[0]);
        QCOMPARE(v[u"person"_s][u"status"_s].toString(), u"resident"_s);
        QCOMPARE(v[u"person"_s][u"addressNumber"_s].toString(), u"1-2"_s);
        QCOMPARE(v[u"person"_s][u"myNumber"_s].toString(), u"********9018"_s);
        QCOMPARE(v[u"household"_s][u"members"_s].toArray().size(), 2);
        QCOMPARE(v[u"history"_s].toArray().size(), 1);
        QCOMPARE(v[u"history"_s][0][u"change"_s][u"kind"_s].toString(), u"move_in"_s);
        QVERIFY(v[u"history"_s][0][u"change"_s][u"notificationNo"_s].toInteger() > 0);
        QCOMPARE(test::residentLogCount(*m_server, "resident.view",
                                        QStringLiteral("party:%1").arg(f.parties[0])), 1);
        QVERIFY(test::residentLogCount(*m_server, "resident.move_in", "change:1", 1) == 1);
        // Search: 高橋 finds 髙橋 (strict key), by reading, birth date, numbers, address.
        QVERIFY(found(s("高橋")).contains(f.parties[0]));
        QVERIFY(found(s("たかはし　たろう")).contains(f.parties[0]));
        QCOMPARE(found(QStringLiteral("4020115")), QList<qint64>{f.parties[0]});
        QCOMPARE(found(s("H2.1.15")), QList<qint64>{f.parties[0]});
        QCOMPARE(found(QString::number(f.parties[1])), QList<qint64>{f.parties[1]});
        QCOMPARE(found(QString::number(f.householdNo)).size(), 2);
        QVERIFY(found(s("八橋1-2")).contains(f.parties[1]));
        QVERIFY(!found(s("八橋1-3")).contains(f.parties[1]));
        QCOMPARE(m_api->search(QStringLiteral("!?"), m_clerk).status, 422);
    }

    void looseTierMatchesAreMarked()
    {
        const Family f = moveIn({test::person(s("齋藤"), s("学"), s("サイトウ"), s("マナブ"),
                                              "1970-07-07", "1", "02")}, "0002", "5");
        const test::HttpReply r = m_api->search(s("斉藤"), m_clerk);
        const QJsonArray items = r.json()[u"items"_s].toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0][u"partyNo"_s].toInteger(), f.parties[0]);
        QVERIFY(items[0][u"loose"_s].toBool());
    }

    void myNumberSearchNeedsTheRight()
    {
        const test::HttpReply refused = m_api->search(QStringLiteral("123456789018"), m_clerk);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.code(), QString::fromLatin1(api::err::ResidentMyNumberForbidden));
        const test::HttpReply ok = m_api->search(QStringLiteral("1234 5678 9018"), m_numbers);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json()[u"items"_s].toArray().size(), 1);
        QCOMPARE(ok.json()[u"items"_s][0][u"myNumber"_s].toString(), u"123456789018"_s);
        QCOMPARE(m_api->search(QStringLiteral("123456789012"), m_numbers).status, 422);
    }

    // 法第22条: the date rules as the API applies them. A refusal names the field and is logged
    // (also when the request is refused while being read), a late 届出 is recorded with a warning.
    void notificationDatesOverHttps()
    {
        QJsonObject body{{QStringLiteral("address"), test::address("0003", "1")},
                         {QStringLiteral("previousAddress"), test::kPreviousAddress},
                         {QStringLiteral("persons"),
                          QJsonArray{test::person(s("山田"), s("一"), s("ヤマダ"), s("ハジメ"),
                                                  "1980-01-01", "1", "02")}}};
        const auto refused = [&] {
            return test::residentLogCount(*m_server, "resident.move_in", "change", 0);
        };
        const int refusedBefore = refused();
        body.insert("effectiveDate", "2025-05-30");
        body.insert("notifiedDate", "2025-05-29"); // 異動日 after 届出日
        test::HttpReply r = m_api->change("move-in", body, m_clerk);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[u"fields"_s][0][u"field"_s].toString(), u"effectiveDate"_s);
        QJsonObject nobody = body;
        nobody.insert("effectiveDate", "2025-05-29");
        nobody.remove("persons");
        r = m_api->change("move-in", nobody, m_clerk);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[u"fields"_s][0][u"field"_s].toString(), u"persons"_s);
        QCOMPARE(refused(), refusedBefore + 2);
        body.insert("effectiveDate", "2025-05-01");
        body.insert("notifiedDate", "2025-06-02"); // 32 days: accepted with a warning
        r = m_api->change("move-in", body, m_clerk);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()[u"warnings"_s].toArray().size(), 1);
        QVERIFY(r.json()[u"warnings"_s][0].toString().contains(s("届出期間")));
    }

    void moveWithinChangesAddressFromItsDateOnly()
    {
        Family f = moveIn({test::person(s("佐藤"), s("健"), s("サトウ"), s("ケン"), "1985-02-02",
                                        "1", "02")}, "0003", "7", "2025-04-01");
        QJsonObject body = base(f, "2025-05-10");
        body.insert("address", test::address("0004", "8-1"));
        const test::HttpReply r = m_api->change("move-within", body, m_clerk);
        QCOMPARE(r.status, 201);
        QCOMPARE(view(f.parties[0], "2025-05-09")[u"person"_s][u"townAreaCode"_s].toString(),
                 QStringLiteral("0003"));
        const QJsonObject after = view(f.parties[0], "2025-05-10");
        QCOMPARE(after[u"person"_s][u"townAreaCode"_s].toString(), u"0004"_s);
        QVERIFY(after[u"person"_s][u"previousAddress"_s].toString().contains(s("浦安7")));
        QCOMPARE(after[u"history"_s].toArray().size(), 2);
        QCOMPARE(after[u"history"_s][0][u"validTo"_s].toString(), u"2025-05-10"_s);
        QVERIFY(view(f.parties[0], "2025-03-31")[u"person"_s].isNull());
    }

    void moveOutTwiceIsRefusedAndCancelRestores()
    {
        Family f = moveIn({test::person(s("鈴木"), s("一"), s("スズキ"), s("イチ"), "1960-01-01",
                                        "1", "02")}, "0005", "3", "2025-01-10");
        QJsonObject out = base(f, "2025-05-31");
        out.insert("destinationAddress", s("大阪府大阪市北区1-1"));
        test::HttpReply r = m_api->change("move-out", out, m_clerk);
        QCOMPARE(r.status, 201);
        const qint64 moveOut = r.json()[u"changeId"_s].toInteger();
        f.version = test::ResidentApi::versionOf(r, f.householdNo);
        QCOMPARE(view(f.parties[0])[u"flags"_s][u"removed"_s].toBool(), true);
        QVERIFY(found(s("鈴木一")).contains(f.parties[0])); // 除票 still found, flagged
        out.insert("householdVersion", f.version);
        out.insert("partyNos", ids({f.parties[0]}));
        r = m_api->change("move-out", out, m_clerk);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::ResidentState));
        r = m_api->change("move-out-cancel",
                          {{"cancelsChangeId", moveOut}, {"householdNo", f.householdNo},
                           {"householdVersion", f.version}}, m_clerk);
        QCOMPARE(r.status, 201);
        const QJsonObject v = view(f.parties[0]);
        QCOMPARE(v[u"person"_s][u"status"_s].toString(), u"resident"_s);
        QCOMPARE(v[u"latest"_s][u"validFrom"_s].toString(), u"2025-01-10"_s);
        const QJsonArray h = v[u"history"_s].toArray();
        QCOMPARE(h.size(), 3); // the 転入 row and the 転出 row superseded, the restored row
        QVERIFY(h[0][u"superseded"_s].toBool() && h[1][u"superseded"_s].toBool());
        QCOMPARE(h[1][u"status"_s].toString(), u"moved_out"_s);
        r = m_api->change("move-out-cancel",
                          {{"cancelsChangeId", moveOut}, {"householdNo", f.householdNo},
                           {"householdVersion", test::ResidentApi::versionOf(r, f.householdNo)}},
                          m_clerk);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::ResidentState));
    }

    void correctionKeepsTheWrongRowInHistory()
    {
        Family f = moveIn({test::person(s("渡辺"), s("誤"), s("ワタナベ"), s("アヤマリ"),
                                        "1975-05-05", "2", "02")}, "0004", "2", "2025-03-03");
        const test::HttpReply r = m_api->change(
            "correction", {{"householdNo", f.householdNo}, {"householdVersion", f.version},
                           {"partyNo", f.parties[0]}, {"historyNo", 1},
                           {"personVersion", personVersion(f.parties[0])},
                           {"reasonNote", s("入力誤り")},
                           {"fields", QJsonObject{{"givenName", s("正")},
                                                  {"givenNameKana", s("タダシ")}}}}, m_clerk);
        QCOMPARE(r.status, 201);
        const QJsonObject v = view(f.parties[0], "2025-03-03");
        QCOMPARE(v[u"person"_s][u"givenName"_s].toString(), s("正"));
        const QJsonArray h = v[u"history"_s].toArray();
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0][u"givenName"_s].toString(), s("誤"));
        QVERIFY(h[0][u"superseded"_s].toBool());
        QCOMPARE(h[1][u"validFrom"_s].toString(), u"2025-03-03"_s);
        QCOMPARE(h[1][u"change"_s][u"kind"_s].toString(), u"correction"_s);
        QVERIFY(found(s("渡辺正")).contains(f.parties[0]));
        QVERIFY(!found(s("渡辺誤")).contains(f.parties[0]));
    }

    void twoCountersOnOneHouseholdNeverLoseAnUpdate()
    {
        const Family f = moveIn({test::person(s("中村"), s("一"), s("ナカムラ"), s("ハジメ"),
                                              "1966-06-06", "1", "02")}, "0001", "30");
        // Both counters read version f.version; the first change wins, the second is refused.
        QJsonObject a = base(f, "2025-05-28");
        a.insert("address", test::address("0001", "31"));
        QJsonObject b = a;
        b.insert("address", test::address("0001", "32"));
        QCOMPARE(m_api->change("move-within", a, m_clerk).status, 201);
        const test::HttpReply second = m_api->change("move-within", b, m_clerk2);
        QCOMPARE(second.status, 409);
        QCOMPARE(second.code(), QString::fromLatin1(api::err::ResidentConflict));
        QCOMPARE(view(f.parties[0])[u"person"_s][u"addressNumber"_s].toString(), u"31"_s);
        QCOMPARE(view(f.parties[0])[u"household"_s][u"version"_s].toInt(), f.version + 1);
    }

    // 訂正 and 職権修正 claim the person's version (personVersion) as well as the household's: a
    // stale one is 409 with nothing written, a missing one 422 naming the field, the right one
    // raises the person's version by exactly one.
    void personVersionGuardsOnePersonsRecord()
    {
        Family f = moveIn({test::person(s("木村"), s("誤子"), s("キムラ"), s("アヤコ"),
                                        "1981-08-08", "2", "02")}, "0003", "7", "2025-04-01");
        const qint64 who = f.parties[0];
        const auto rows = [&] {
            return scalar(QStringLiteral("SELECT COUNT(*) FROM resident_records WHERE party_no = ?"),
                          {who});
        };
        struct Kind { const char *path; QJsonObject extra; };
        const Kind kinds[] = {
            {"correction", {{"historyNo", 1}, {"reasonNote", s("入力誤り")},
                            {"fields", QJsonObject{{"givenName", s("綾子")}}}}},
            {"official-correction", {{"effectiveDate", "2025-05-01"},
                                     {"reasonNote", s("職権による修正")},
                                     {"fields", QJsonObject{{"givenNameKana", s("アヤコ")}}}}},
        };
        for (const Kind &k : kinds) {
            const int pv = personVersion(who);
            QVERIFY(pv >= 1);
            QJsonObject body{{"householdNo", f.householdNo}, {"householdVersion", f.version},
                             {"partyNo", who}};
            for (auto it = k.extra.begin(); it != k.extra.end(); ++it)
                body.insert(it.key(), it.value());
            const int rowsBefore = rows();

            test::HttpReply r = m_api->change(k.path, body, m_clerk); // no personVersion
            QCOMPARE(r.status, 422); // as a missing householdVersion
            QCOMPARE(r.json()[u"fields"_s][0][u"field"_s].toString(), u"personVersion"_s);

            body.insert("personVersion", pv - 1 > 0 ? pv - 1 : pv + 5); // stale
            r = m_api->change(k.path, body, m_clerk2);
            QCOMPARE(r.status, 409);
            QCOMPARE(r.code(), QString::fromLatin1(api::err::ResidentConflict));
            QVERIFY2(r.body.contains(QByteArray::number(who)), r.body.constData());
            QCOMPARE(rows(), rowsBefore);
            QCOMPARE(personVersion(who), pv);
            QCOMPARE(view(who)[u"household"_s][u"version"_s].toInt(), f.version);

            body.insert("personVersion", pv);
            r = m_api->change(k.path, body, m_clerk);
            QCOMPARE(r.status, 201);
            QCOMPARE(personVersion(who), pv + 1);
            QVERIFY(rows() > rowsBefore);
            f.version = test::ResidentApi::versionOf(r, f.householdNo);
            // The same request again (a second counter that read the same person): refused.
            body.insert("householdVersion", f.version);
            r = m_api->change(k.path, body, m_clerk2);
            QCOMPARE(r.status, 409);
            QCOMPARE(personVersion(who), pv + 1);
        }
        QCOMPARE(view(who)[u"person"_s][u"givenName"_s].toString(), s("綾子"));
    }

    // 標準仕様書 1.1.11: 続柄 are joined with の up to four generations (codes.json
    // relationshipGenerations); a fifth must be recorded as 縁故者.
    void relationshipsBeyondFourGenerationsAreRefused()
    {
        const auto persons = [](const QString &code) {
            return QJsonArray{test::person(s("石田"), s("一"), s("イシダ"), s("ハジメ"), "1940-01-01",
                                           "1", "02"),
                              test::person(s("石田"), s("五"), s("イシダ"), s("ゴ"), "2020-01-01",
                                           "1", code)};
        };
        const QString day = QStringLiteral("2025-05-21");
        const QJsonObject body{{"effectiveDate", day}, {"notifiedDate", day},
                               {"address", test::address("0002", "9")},
                               {"previousAddress", test::kPreviousAddress}};
        QJsonObject five = body;
        five.insert("persons", persons("2020202020"));
        const test::HttpReply r = m_api->change("move-in", five, m_clerk);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.body.contains(s("縁故者").toUtf8()), r.body.constData());
        QJsonObject four = body;
        four.insert("persons", persons("20202020"));
        const test::HttpReply ok = m_api->change("move-in", four, m_clerk);
        QCOMPARE(ok.status, 201);
        QCOMPARE(view(ok.json()[u"partyNos"_s][1].toInteger())[u"person"_s]
                     [u"relationshipText"_s].toString(), s("子の子の子の子"));
    }

    void protectedPersonIsHiddenAndEveryAttemptLogged()
    {
        const Family f = moveIn({test::person(s("小林"), s("守"), s("コバヤシ"), s("マモル"),
                                              "1988-08-08", "2", "02")}, "0005", "44");
        const QString subject = QStringLiteral("party:%1").arg(f.parties[0]);
        const QJsonObject measureBody{
            {"partyNo", f.parties[0]}, {"startsOn", "2025-06-01"}, {"reason", "dv"}};
        const QString measures = QStringLiteral("/api/v1/resident/protection");
        QCOMPARE(m_server->client().post(measures, measureBody, m_clerk).status, 403);
        test::HttpReply r = m_server->client().post(measures, measureBody, m_guard);
        QCOMPARE(r.status, 201);
        const qint64 measure = r.json()[u"id"_s].toInteger();
        QVERIFY(!found(s("小林守")).contains(f.parties[0]));
        r = m_api->get(QStringLiteral("/persons/%1").arg(f.parties[0]), m_clerk);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::ResidentProtected));
        QCOMPARE(test::residentLogCount(*m_server, "resident.protected_access", subject, 0), 2);
        QVERIFY(found(s("小林守"), m_guard).contains(f.parties[0]));
        QCOMPARE(view(f.parties[0], {}, m_guard)[u"flags"_s][u"protected"_s].toBool(), true);
        QCOMPARE(test::residentLogCount(*m_server, "resident.protected_access", subject, 1), 2);
        r = m_server->client().post(QStringLiteral("/api/v1/resident/protection/%1/lift")
                                        .arg(measure), {}, m_guard);
        QCOMPARE(r.status, 200);
        QVERIFY(found(s("小林守")).contains(f.parties[0]));
        QCOMPARE(test::residentLogCount(*m_server, "resident.protection_register", subject, 1),
                 1);
    }
};

int main(int argc, char *argv[])
{
    return test::runOnBothStores<RegistryTest>(argc, argv);
}

#include "registry_test.moc"
