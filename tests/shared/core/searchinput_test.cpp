// The counter's single search box: date (which form), number, name (which script), invalid date.
#include "shared/core/searchinput.h"
#include "tests/shared/tabletest.h"

#include <QtTest>

using kikan::core::classifySearchInput;
using kikan::core::DateForm;
using kikan::core::NameScript;
using kikan::core::SearchKind;

Q_DECLARE_METATYPE(kikan::core::SearchKind)
Q_DECLARE_METATYPE(kikan::core::NameScript)

class SearchInputTest : public QObject {
    Q_OBJECT
private slots:
    void classifies_data();
    void classifies();
    void dateDetails();
    void invalidDateCarriesMessage();
};

void SearchInputTest::classifies_data()
{
    kikan::test::addColumns<QString, SearchKind, NameScript, QString>(
        {"text", "kind", "script", "number"});
    const auto none = NameScript::None;
    auto row = [](const char *n, const QString &t, SearchKind k, NameScript s, const QString &d) {
        QTest::newRow(n) << t << k << s << d;
    };
    row("empty", QString(), SearchKind::Empty, none, QString());
    row("blank", u" 　"_qs, SearchKind::Empty, none, QString());
    row("counter date", u"4050101"_qs, SearchKind::Date, none, u"4050101"_qs);
    row("seireki date", u"19930101"_qs, SearchKind::Date, none, u"19930101"_qs);
    row("short date", u"H5.1.1"_qs, SearchKind::Date, none, QString());
    row("long date", u"平成5年1月1日"_qs, SearchKind::Date, none, QString());
    row("元年 date", u"令和元年5月1日"_qs, SearchKind::Date, none, QString());
    row("ISO date", u"1993-01-01"_qs, SearchKind::Date, none, QString());
    row("party number", u"000012345678"_qs, SearchKind::Number, none, u"000012345678"_qs);
    row("short number", u"123"_qs, SearchKind::Number, none, u"123"_qs);
    row("full-width number", u"１２３４５"_qs, SearchKind::Number, none, u"12345"_qs);
    row("7 digits, era 6", u"6050101"_qs, SearchKind::Number, none, u"6050101"_qs);
    row("7 digits, bad day", u"4050132"_qs, SearchKind::Number, none, u"4050132"_qs);
    row("grouped number", u"1234-5678-9018"_qs, SearchKind::Number, none, u"123456789018"_qs);
    row("impossible 和暦", u"平成31年5月1日"_qs, SearchKind::InvalidDate, none, QString());
    row("impossible short", u"R1.4.30"_qs, SearchKind::InvalidDate, none, QString());
    row("kanji name", u"山田 太郎"_qs, SearchKind::Name, NameScript::Kanji, QString());
    row("kanji with 々", u"佐々木"_qs, SearchKind::Name, NameScript::Kanji, QString());
    row("variant kanji with IVS", u"葛\U000E0100城"_qs, SearchKind::Name, NameScript::Kanji,
        QString());
    row("katakana", u"ヤマダ　タロウ"_qs, SearchKind::Name, NameScript::Katakana, QString());
    row("katakana long vowel", u"サトー"_qs, SearchKind::Name, NameScript::Katakana, QString());
    row("half-width katakana", u"ﾔﾏﾀﾞ ﾀﾛｳ"_qs, SearchKind::Name, NameScript::Katakana, QString());
    row("hiragana", u"やまだ"_qs, SearchKind::Name, NameScript::Hiragana, QString());
    row("foreign name with dot", u"ジョン・スミス"_qs, SearchKind::Name, NameScript::Katakana,
        QString());
    row("latin", u"SMITH John"_qs, SearchKind::Name, NameScript::Latin, QString());
    row("kanji and kana", u"山田はな"_qs, SearchKind::Name, NameScript::Mixed, QString());
    row("name with digit", u"山田1"_qs, SearchKind::Unknown, none, QString());
    row("symbols", u"!?"_qs, SearchKind::Unknown, none, QString());
    row("address-like", u"八橋123-4"_qs, SearchKind::Unknown, none, QString());
}

void SearchInputTest::classifies()
{
    QFETCH(QString, text);
    QFETCH(SearchKind, kind);
    QFETCH(NameScript, script);
    QFETCH(QString, number);
    const auto in = classifySearchInput(text);
    QCOMPARE(in.kind, kind);
    QCOMPARE(in.script, script);
    QCOMPARE(in.number, number);
}

void SearchInputTest::dateDetails()
{
    const auto in = classifySearchInput(u"５０６１１２４"_qs);
    QCOMPARE(in.kind, SearchKind::Date);
    QCOMPARE(in.date, QDate(2024, 11, 24));
    QCOMPARE(in.dateForm, DateForm::CounterDigits);
    QCOMPARE(classifySearchInput(u"R6.11.24"_qs).dateForm, DateForm::WarekiShort);
}

void SearchInputTest::invalidDateCarriesMessage()
{
    const auto in = classifySearchInput(u"平成31年5月1日"_qs);
    QCOMPARE(in.dateError.code, QString(kikan::core::err::DateOutsideEra));
    QVERIFY(in.dateError.message.contains(u"令和元年5月1日"_qs));
}

QTEST_GUILESS_MAIN(SearchInputTest)
#include "searchinput_test.moc"
