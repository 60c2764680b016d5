// Reading typed dates: every form FORMATS.md "Dates" lists, full-width input, and invalid input
// (impossible days, days outside their era, unknown forms) with their error codes.
#include "shared/core/dateinput.h"

#include "tests/shared/tabletest.h"

#include <QtTest>

using kikan::core::DateForm;
using kikan::core::parseDate;
namespace err = kikan::core::err;

Q_DECLARE_METATYPE(kikan::core::DateForm)

class DateInputTest : public QObject {
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
};

void DateInputTest::parses_data()
{
    kikan::test::addColumns<QString, QDate, DateForm>({"text", "date", "form"});
    const QDate h5(1993, 1, 1);
    QTest::newRow("long") << u"平成5年1月1日"_qs << h5 << DateForm::WarekiLong;
    QTest::newRow("long 元年") << u"平成元年1月8日"_qs << QDate(1989, 1, 8) << DateForm::WarekiLong;
    QTest::newRow("long 1年 = 元年") << u"令和1年5月1日"_qs << QDate(2019, 5, 1)
                                       << DateForm::WarekiLong;
    QTest::newRow("long zero-padded") << u"平成05年01月01日"_qs << h5 << DateForm::WarekiLong;
    QTest::newRow("long kanji abbreviation") << u"平5年1月1日"_qs << h5 << DateForm::WarekiLong;
    QTest::newRow("long with spaces") << u"平成 5年 1月 1日"_qs << h5 << DateForm::WarekiLong;
    QTest::newRow("long full-width") << u"平成５年１月１日"_qs << h5 << DateForm::WarekiLong;
    QTest::newRow("short") << u"H5.1.1"_qs << h5 << DateForm::WarekiShort;
    QTest::newRow("short lower case") << u"h5.1.1"_qs << h5 << DateForm::WarekiShort;
    QTest::newRow("short slashes") << u"H5/01/01"_qs << h5 << DateForm::WarekiShort;
    QTest::newRow("short hyphens") << u"S64-1-7"_qs << QDate(1989, 1, 7) << DateForm::WarekiShort;
    QTest::newRow("short full-width") << u"Ｈ５．１．１"_qs << h5 << DateForm::WarekiShort;
    QTest::newRow("short 元") << u"R元.5.1"_qs << QDate(2019, 5, 1) << DateForm::WarekiShort;
    QTest::newRow("short 明治") << u"M45.7.29"_qs << QDate(1912, 7, 29) << DateForm::WarekiShort;
    QTest::newRow("counter 7 digits") << u"4050101"_qs << h5 << DateForm::CounterDigits;
    QTest::newRow("counter full-width") << u"４０５０１０１"_qs << h5 << DateForm::CounterDigits;
    QTest::newRow("counter 令和") << u"5061124"_qs << QDate(2024, 11, 24)
                                  << DateForm::CounterDigits;
    QTest::newRow("counter 大正") << u"2151224"_qs << QDate(1926, 12, 24)
                                  << DateForm::CounterDigits;
    QTest::newRow("seireki 8 digits") << u"19930101"_qs << h5 << DateForm::SeirekiDigits;
    QTest::newRow("seireki 8 full-width") << u"１９９３０１０１"_qs << h5 << DateForm::SeirekiDigits;
    QTest::newRow("seireki ISO") << u"1993-01-01"_qs << h5 << DateForm::SeirekiWritten;
    QTest::newRow("seireki slashes") << u"1993/1/1"_qs << h5 << DateForm::SeirekiWritten;
    QTest::newRow("seireki kanji") << u"1993年1月1日"_qs << h5 << DateForm::SeirekiWritten;
    QTest::newRow("surrounding blanks") << u"　4050101 \n"_qs << h5 << DateForm::CounterDigits;
}

void DateInputTest::parses()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(DateForm, form);
    const auto p = parseDate(text);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    QCOMPARE(p->date, date);
    QCOMPARE(p->form, form);
}

void DateInputTest::rejects_data()
{
    kikan::test::addColumns<QString, QString>({"text", "code"});
    const QString outside = err::DateOutsideEra;
    const QString invalid = err::DateInvalid;
    const QString format = err::DateFormat;
    QTest::newRow("empty") << QString() << QString(err::DateEmpty);
    QTest::newRow("blank") << u"　"_qs << QString(err::DateEmpty);
    QTest::newRow("平成31年5月1日") << u"平成31年5月1日"_qs << outside;
    QTest::newRow("令和1年4月30日") << u"令和1年4月30日"_qs << outside;
    QTest::newRow("令和元年4月30日") << u"令和元年4月30日"_qs << outside;
    QTest::newRow("H31.5.1") << u"H31.5.1"_qs << outside;
    QTest::newRow("counter 4310501") << u"4310501"_qs << outside;
    QTest::newRow("counter 5010430") << u"5010430"_qs << outside;
    QTest::newRow("昭和64年1月8日") << u"昭和64年1月8日"_qs << outside;
    QTest::newRow("明治元年1月1日") << u"明治元年1月1日"_qs << outside;
    QTest::newRow("平成5年2月30日") << u"平成5年2月30日"_qs << invalid;
    QTest::newRow("平成0年") << u"平成0年1月1日"_qs << invalid;
    QTest::newRow("month 13") << u"H5.13.1"_qs << invalid;
    QTest::newRow("counter day 32") << u"4050132"_qs << invalid;
    QTest::newRow("counter year 00") << u"4000101"_qs << invalid;
    QTest::newRow("seireki 19930230") << u"19930230"_qs << invalid;
    QTest::newRow("seireki 2023-02-29") << u"2023-02-29"_qs << invalid;
    QTest::newRow("seireki before 明治") << u"18680124"_qs << QString(err::DateOutOfRange);
    QTest::newRow("counter era 0") << u"0050101"_qs << format;
    QTest::newRow("counter era 6") << u"6050101"_qs << format;
    QTest::newRow("counter era 9") << u"9050101"_qs << format;
    QTest::newRow("unknown era name") << u"慶応4年1月1日"_qs << format;
    QTest::newRow("unknown abbreviation") << u"X5.1.1"_qs << format;
    QTest::newRow("mixed separators") << u"H5.1/1"_qs << format;
    QTest::newRow("no day") << u"平成5年1月"_qs << format;
    QTest::newRow("6 digits") << u"930101"_qs << format;
    QTest::newRow("9 digits") << u"199301011"_qs << format;
    QTest::newRow("a name") << u"山田太郎"_qs << format;
    QTest::newRow("kanji numerals") << u"平成五年一月一日"_qs << format;
    QTest::newRow("Arabic-Indic digits") << u"\u0664\u0660\u0665\u0660\u0661\u0660\u0661"_qs
                                         << format;
}

void DateInputTest::rejects()
{
    kikan::test::verifyRejects(&parseDate);
}

QTEST_GUILESS_MAIN(DateInputTest)
#include "dateinput_test.moc"
