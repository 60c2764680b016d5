// The rules of the search box (server/resident/search.h): who may search by and see 個人番号
// (番号法 第19条: resident:my_number), which ways each kind of text is searched (name, 旧氏, 通称,
// reading, loose tier, 町字 + 番地, numbers, birth date), and one line per person, strict ways
// first. No database: the ways are values; the store runs them (searchstore.h).
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/resident/search.h"
#include "shared/api/errorcode.h"
#include "shared/identity/mynumber.h"
#include "shared/moji/searchkey.h"
#include "shared/text/kana.h"
#include "tests/shared/tabletest.h"

#include <QTest>

using namespace kikan;
using namespace kikan::resident;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(kikan::resident::SearchBy)
Q_DECLARE_METATYPE(kikan::resident::SearchMatch)

namespace {
const QList<TownArea> kAreas{{u"001"_s, u"本町"_s, u"ほんちょう"_s},
                             {u"002"_s, u"中央"_s, u"ちゅうおう"_s}};

SearchQuery query(const QString &text)
{
    return parseSearchQuery(QUrlQuery(u"q="_s + text));
}

core::Actor actorWith(const QStringList &rights)
{
    core::Actor a;
    a.userId = 7;
    for (const QString &r : rights)
        a.rights.insert(r);
    return a;
}

QString validMyNumber()
{
    const QString base = u"12345678901"_s;
    return base + QString::number(identity::MyNumber::checkDigit(base));
}

QStringList names(const QList<SearchWay> &ways)
{
    QStringList out;
    for (const SearchWay &w : ways)
        out << matchedByName(w.by);
    return out;
}

QList<SearchMatch> matches(const QList<std::pair<qint64, MatchBy>> &list)
{
    QList<SearchMatch> out;
    for (const auto &[partyNo, by] : list)
        out.append({partyNo, by});
    return out;
}
} // namespace

class SearchTest : public QObject
{
    Q_OBJECT
private slots:
    void myNumberSearchNeedsTheRight_data()
    {
        kikan::test::addColumns<QString, QStringList, bool>({"q", "rights", "allowed"});
        const QStringList view{u"resident:view"_s};
        const QStringList both{u"resident:view"_s, u"resident:my_number"_s};
        QTest::newRow("my number without the right") << validMyNumber() << view << false;
        QTest::newRow("my number with it") << validMyNumber() << both << true;
        QTest::newRow("a bad check digit is refused the same") << u"123456789010"_s << view
                                                               << false;
        QTest::newRow("name without it") << u"山田"_s << view << true;
        QTest::newRow("住民票コード without it") << u"12345678901"_s << view << true;
        QTest::newRow("party number without it") << u"100234"_s << view << true;
        QTest::newRow("nobody signed in, name") << u"山田"_s << QStringList() << true;
    }
    void myNumberSearchNeedsTheRight()
    {
        QFETCH(QString, q);
        QFETCH(QStringList, rights);
        QFETCH(bool, allowed);
        QCOMPARE(maySearch(actorWith(rights), query(q)), allowed);
    }

    void myNumbersAreShownOnlyWithTheRight_data()
    {
        kikan::test::addColumns<QStringList, bool>({"rights", "shown"});
        QTest::newRow("view only") << QStringList{u"resident:view"_s} << false;
        QTest::newRow("my_number") << QStringList{u"resident:my_number"_s} << true;
        QTest::newRow("another area's my_number") << QStringList{u"tax:my_number"_s} << false;
        QTest::newRow("none") << QStringList() << false;
    }
    void myNumbersAreShownOnlyWithTheRight()
    {
        QFETCH(QStringList, rights);
        QFETCH(bool, shown);
        QCOMPARE(mayUseMyNumber(actorWith(rights)), shown);
    }

    void eachKindIsSearchedItsWays_data()
    {
        kikan::test::addColumns<QString, QStringList>({"q", "ways"});
        const QStringList names{u"name"_s, u"former_name"_s, u"alias"_s, u"name_loose"_s,
                                u"former_name_loose"_s, u"alias_loose"_s};
        QTest::newRow("kanji name") << u"山田"_s << names;
        QTest::newRow("kana: reading first") << u"やまだ"_s << QStringList{u"kana"_s} + names;
        QTest::newRow("katakana: reading first") << u"ヤマダ"_s << QStringList{u"kana"_s} + names;
        QTest::newRow("a 町字 name: an address too") << u"本町"_s << names + QStringList{u"address"_s};
        QTest::newRow("a 町字 reading: reading and address")
            << u"ほんちょう"_s << QStringList{u"kana"_s} + names + QStringList{u"address"_s};
        QTest::newRow("date") << u"1990-04-01"_s << QStringList{u"birth_date"_s};
        QTest::newRow("8 digits: a 宛名番号 too") << u"19900401"_s
                                                << QStringList{u"birth_date"_s, u"party_no"_s};
        QTest::newRow("number") << u"100234"_s << QStringList{u"party_no"_s, u"household_no"_s};
        QTest::newRow("住民票コード") << u"12345678901"_s
                                      << QStringList{u"resident_record_code"_s};
        QTest::newRow("個人番号") << validMyNumber() << QStringList{u"my_number"_s};
        QTest::newRow("address") << u"本町1-2"_s << QStringList{u"address"_s};
    }
    void eachKindIsSearchedItsWays()
    {
        QFETCH(QString, q);
        QFETCH(QStringList, ways);
        QCOMPARE(names(searchWays(query(q), kAreas)), ways);
    }

    void theWaysCarryTheKeys()
    {
        const QList<SearchWay> kana = searchWays(query(u"やまだ"_s), kAreas);
        QCOMPARE(kana.at(0).value.toString(), text::kanaKey(u"やまだ"_s));
        const QList<SearchWay> name = searchWays(query(u"髙橋"_s), kAreas);
        QCOMPARE(name.at(0).value.toString(), moji::nameSearchKey(u"髙橋"_s));
        QCOMPARE(name.at(3).value.toString(), moji::looseNameSearchKey(u"髙橋"_s));
        QVERIFY(!isLoose(name.at(2).by));
        QVERIFY(isLoose(name.at(3).by));
        QCOMPARE(searchWays(query(u"平成2年4月1日"_s), kAreas),
                 (QList<SearchWay>{{MatchBy::BirthDate, u"1990-04-01"_s, {}}}));
        QCOMPARE(searchWays(query(u"１００２３４"_s), kAreas),
                 (QList<SearchWay>{{MatchBy::PartyNo, qint64(100234), {}},
                                   {MatchBy::HouseholdNo, qint64(100234), {}}}));
        QCOMPARE(searchWays(query(u"1234-5678-901"_s + validMyNumber().right(1)), kAreas),
                 (QList<SearchWay>{{MatchBy::MyNumber, validMyNumber(), {}}}));
    }

    void anAddressIsATownAreaAndANumberPrefix_data()
    {
        kikan::test::addColumns<QString, QString, QString>({"text", "townArea", "number"});
        QTest::newRow("name and 番地") << u"本町1-2"_s << u"001"_s << u"1-2"_s;
        QTest::newRow("丁目 番地 号") << u"中央3丁目4番地5号"_s << u"002"_s << u"3-4-5"_s;
        QTest::newRow("spaces") << u"本町 1 - 2"_s << u"001"_s << u"1-2"_s;
        QTest::newRow("reading") << u"ほんちょう12"_s << u"001"_s << u"12"_s;
        QTest::newRow("katakana reading") << u"チュウオウ3"_s << u"002"_s << u"3"_s;
        QTest::newRow("the 町字 alone") << u"中央"_s << u"002"_s << QString();
    }
    void anAddressIsATownAreaAndANumberPrefix()
    {
        QFETCH(QString, text);
        QFETCH(QString, townArea);
        QFETCH(QString, number);
        const std::optional<SearchWay> way = addressWay(text, kAreas);
        QVERIFY(way);
        QCOMPARE(way->by, MatchBy::Address);
        QCOMPARE(way->townAreaCode, townArea);
        QCOMPARE(way->value.toString(), number);
    }

    void anAddressOutsideTheTownIsNotOne()
    {
        QVERIFY(!addressWay(u"北町1-2"_s, kAreas));
        QVERIFY(!addressWay(u"本"_s, kAreas));
        QVERIFY(!addressWay(u"本町"_s, {}));
    }

    void unreadableTextIsRefused_data()
    {
        kikan::test::addColumns<QString, QString>({"q", "message"});
        QTest::newRow("no such 町字")
            << u"北町1-2"_s
            << u"氏名・フリガナ・生年月日・番号・住所（町字から）のいずれかを入力してください。"_s;
        QTest::newRow("symbols") << u"@@1"_s
            << u"氏名・フリガナ・生年月日・番号・住所（町字から）のいずれかを入力してください。"_s;
        QTest::newRow("my number check digit")
            << u"123456789010"_s << identity::MyNumber::parse(u"123456789010"_s).error().message;
    }
    void unreadableTextIsRefused()
    {
        QFETCH(QString, q);
        QFETCH(QString, message);
        try {
            searchWays(query(q), kAreas);
            QFAIL("accepted");
        } catch (const core::Failure &e) {
            QCOMPARE(e.code(), QString::fromLatin1(api::err::Validation));
            QCOMPARE(e.field(), u"q"_s);
            QCOMPARE(e.detail(), message);
        }
    }

    void onePersonOneLineStrictFirst_data()
    {
        kikan::test::addColumns<QList<SearchMatch>, QList<qint64>, QStringList>(
            {"found", "partyNos", "ways"});
        QTest::newRow("nothing") << QList<SearchMatch>() << QList<qint64>() << QStringList();
        QTest::newRow("in the order found")
            << matches({{3, MatchBy::Name}, {1, MatchBy::Name}, {2, MatchBy::Alias}})
            << QList<qint64>{3, 1, 2} << QStringList{u"name"_s, u"name"_s, u"alias"_s};
        QTest::newRow("the first way wins")
            << matches({{1, MatchBy::Kana}, {1, MatchBy::Name}, {2, MatchBy::FormerName}})
            << QList<qint64>{1, 2} << QStringList{u"kana"_s, u"former_name"_s};
        QTest::newRow("strict before loose, even found later")
            << matches({{5, MatchBy::NameLoose}, {4, MatchBy::Address}, {5, MatchBy::Alias}})
            << QList<qint64>{4, 5} << QStringList{u"address"_s, u"alias"_s};
        QTest::newRow("loose only")
            << matches({{9, MatchBy::AliasLoose}, {8, MatchBy::NameLoose},
                        {9, MatchBy::NameLoose}})
            << QList<qint64>{9, 8} << QStringList{u"alias_loose"_s, u"name_loose"_s};
    }
    void onePersonOneLineStrictFirst()
    {
        QFETCH(QList<SearchMatch>, found);
        QFETCH(QList<qint64>, partyNos);
        QFETCH(QStringList, ways);
        QList<qint64> gotParties;
        QStringList gotWays;
        for (const SearchMatch &m : firstMatches(found)) {
            gotParties << m.partyNo;
            gotWays << matchedByName(m.by);
        }
        QCOMPARE(gotParties, partyNos);
        QCOMPARE(gotWays, ways);
    }
};

QTEST_GUILESS_MAIN(SearchTest)
#include "search_test.moc"
