// Reading the search box's URL query (server/resident/searchquery.h): every kind the text is
// classified as (shared/core/searchinput.h), the page (limit 1‥100, offset as given), 除票
// included unless asked not to, and the refusals with the codes and Japanese messages the API
// has always given (request.validation naming q or limit).
#include "server/core/failure.h"
#include "server/resident/searchquery.h"
#include "shared/api/errorcode.h"
#include "tests/shared/tabletest.h"

#include <QTest>

using namespace kikan;
using namespace kikan::resident;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(kikan::resident::SearchBy)

namespace {
QUrlQuery urlQuery(const QString &text)
{
    return QUrlQuery(text);
}
} // namespace

class SearchQueryTest : public QObject
{
    Q_OBJECT
private slots:
    void theTextChoosesHowToSearch_data()
    {
        kikan::test::addColumns<QString, SearchBy, QString>({"q", "by", "kind"});
        QTest::newRow("kanji name") << u"山田太郎"_s << SearchBy::Name << u"name"_s;
        QTest::newRow("hiragana") << u"やまだ"_s << SearchBy::Name << u"name"_s;
        QTest::newRow("katakana") << u"ヤマダ　タロウ"_s << SearchBy::Name << u"name"_s;
        QTest::newRow("iso date") << u"1990-04-01"_s << SearchBy::BirthDate << u"birth_date"_s;
        QTest::newRow("wareki") << u"平成2年4月1日"_s << SearchBy::BirthDate << u"birth_date"_s;
        QTest::newRow("8 digits") << u"19900401"_s << SearchBy::BirthDate << u"birth_date"_s;
        QTest::newRow("party number") << u"100234"_s << SearchBy::Number << u"number"_s;
        QTest::newRow("full-width digits") << u"１００２３４"_s << SearchBy::Number
                                           << u"number"_s;
        QTest::newRow("11 digits: 住民票コード")
            << u"12345678901"_s << SearchBy::ResidentRecordCode << u"resident_record_code"_s;
        QTest::newRow("12 digits: 個人番号") << u"123456789012"_s << SearchBy::MyNumber
                                              << u"my_number"_s;
        QTest::newRow("12 digits with hyphens") << u"1234-5678-9012"_s << SearchBy::MyNumber
                                                << u"my_number"_s;
        QTest::newRow("町字 and 番地") << u"本町1-2"_s << SearchBy::Address << u"address"_s;
        QTest::newRow("encoded") << u"%E5%B1%B1%E7%94%B0"_s << SearchBy::Name << u"name"_s;
    }
    void theTextChoosesHowToSearch()
    {
        QFETCH(QString, q);
        QFETCH(SearchBy, by);
        QFETCH(QString, kind);
        const SearchQuery query = parseSearchQuery(urlQuery(u"q="_s + q));
        QCOMPARE(query.by, by);
        QCOMPARE(searchKindName(query.by), kind);
    }

    void theTextIsKeptDecoded()
    {
        QCOMPARE(parseSearchQuery(urlQuery(u"q=%E5%B1%B1%E7%94%B0"_s)).text, u"山田"_s);
    }

    void thePageAndRemovedDefaults()
    {
        const SearchQuery q = parseSearchQuery(urlQuery(u"q=山田"_s));
        QCOMPARE(q.limit, 20);
        QCOMPARE(q.offset, 0);
        QVERIFY(q.includeRemoved);
    }

    void thePageIsRead_data()
    {
        kikan::test::addColumns<QString, int, int, bool>(
            {"items", "limit", "offset", "includeRemoved"});
        QTest::newRow("smallest limit") << u"limit=1"_s << 1 << 0 << true;
        QTest::newRow("largest limit") << u"limit=100"_s << 100 << 0 << true;
        QTest::newRow("second page") << u"limit=20&offset=20"_s << 20 << 20 << true;
        // The offset is not checked: a page past the end is empty, one before it starts at 0.
        QTest::newRow("offset not a number") << u"offset=abc"_s << 20 << 0 << true;
        QTest::newRow("negative offset") << u"offset=-5"_s << 20 << -5 << true;
        QTest::newRow("without 除票") << u"includeRemoved=false"_s << 20 << 0 << false;
        QTest::newRow("only 'false' leaves them out") << u"includeRemoved=0"_s << 20 << 0 << true;
        QTest::newRow("explicitly with 除票") << u"includeRemoved=true"_s << 20 << 0 << true;
    }
    void thePageIsRead()
    {
        QFETCH(QString, items);
        QFETCH(int, limit);
        QFETCH(int, offset);
        QFETCH(bool, includeRemoved);
        const SearchQuery q = parseSearchQuery(urlQuery(u"q=山田&"_s + items));
        QCOMPARE(q.limit, limit);
        QCOMPARE(q.offset, offset);
        QCOMPARE(q.includeRemoved, includeRemoved);
    }

    void refusals_data()
    {
        kikan::test::addColumns<QString, QString, QString>({"query", "field", "message"});
        const QString limitMessage = u"1〜100 で指定してください。"_s;
        const QString emptyMessage = u"検索する内容を入力してください。"_s;
        QTest::newRow("limit 0") << u"q=山田&limit=0"_s << u"limit"_s << limitMessage;
        QTest::newRow("limit 101") << u"q=山田&limit=101"_s << u"limit"_s << limitMessage;
        QTest::newRow("limit negative") << u"q=山田&limit=-1"_s << u"limit"_s << limitMessage;
        QTest::newRow("limit not a number") << u"q=山田&limit=abc"_s << u"limit"_s
                                            << limitMessage;
        QTest::newRow("limit empty") << u"q=山田&limit="_s << u"limit"_s << limitMessage;
        QTest::newRow("limit before text") << u"q=&limit=0"_s << u"limit"_s << limitMessage;
        QTest::newRow("no q") << u"limit=10"_s << u"q"_s << emptyMessage;
        QTest::newRow("empty q") << u"q="_s << u"q"_s << emptyMessage;
        QTest::newRow("blank q") << u"q=%E3%80%80%20"_s << u"q"_s << emptyMessage;
        QTest::newRow("no such day")
            << u"q=平成31年5月1日"_s << u"q"_s
            << core::classifySearchInput(u"平成31年5月1日"_s).dateError.message;
        QTest::newRow("30 February") << u"q=令和5年2月30日"_s << u"q"_s
                                     << core::classifySearchInput(u"令和5年2月30日"_s)
                                            .dateError.message;
    }
    void refusals()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QVERIFY(!message.isEmpty());
        try {
            parseSearchQuery(urlQuery(query));
            QFAIL("accepted");
        } catch (const core::Failure &e) {
            QCOMPARE(e.code(), QString::fromLatin1(api::err::Validation));
            QCOMPARE(e.field(), field);
            QCOMPARE(e.detail(), message);
        }
    }

    void addressNumbersAreNormalised_data()
    {
        kikan::test::addColumns<QString, QString>({"text", "number"});
        QTest::newRow("丁目 番地 号") << u"1丁目2番地3号"_s << u"1-2-3"_s;
        QTest::newRow("番 and 号") << u"12番5号"_s << u"12-5"_s;
        QTest::newRow("の") << u"12の5"_s << u"12-5"_s;
        QTest::newRow("full width") << u"１－２"_s << u"1-2"_s;
        QTest::newRow("trailing unit") << u"3番"_s << u"3"_s;
        QTest::newRow("already normal") << u"1-2-3"_s << u"1-2-3"_s;
        QTest::newRow("nothing") << QString() << QString();
    }
    void addressNumbersAreNormalised()
    {
        QFETCH(QString, text);
        QFETCH(QString, number);
        QCOMPARE(normalizeAddressNumber(text), number);
    }
};

QTEST_GUILESS_MAIN(SearchQueryTest)
#include "searchquery_test.moc"
