// 和暦 conversion and formatting: era boundaries from FORMATS.md "Dates", 元年, round trips, and
// agreement with ICU's ja_JP@calendar=japanese (and the one documented difference: early 明治).
#include "shared/core/dateinput.h"
#include "shared/core/icustring.h"
#include "shared/core/wareki.h"
#include "tests/shared/tabletest.h"

#include <QtTest>

#include <memory>

#include <unicode/datefmt.h>
#include <unicode/timezone.h>

using kikan::core::WarekiDate;

namespace {

// ICU's long date for `date` in the Japanese calendar (pattern Gy年M月d日, year 1 as 元年).
QString icuJapaneseLongDate(QDate date)
{
    static const std::unique_ptr<icu::DateFormat> format = [] {
        std::unique_ptr<icu::DateFormat> f(icu::DateFormat::createDateInstance(
            icu::DateFormat::kLong, icu::Locale("ja_JP@calendar=japanese")));
        f->setTimeZone(*icu::TimeZone::getGMT());
        return f;
    }();
    const UDate ms = double(QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    icu::UnicodeString out;
    format->format(ms, out);
    return kikan::core::fromIcu(out);
}

} // namespace

class WarekiTest : public QObject {
    Q_OBJECT
private slots:
    void eraTableLoads();
    void boundaries_data();
    void boundaries();
    void roundTripsAcrossBoundaries();
    void agreesWithIcuFrom1868September();
    void differsFromIcuInEarlyMeiji();
    void rejectsDatesBeforeMeiji();
    void fromPartsRejectsDaysOutsideTheEra_data();
    void fromPartsRejectsDaysOutsideTheEra();
};

void WarekiTest::eraTableLoads()
{
    const auto &eras = kikan::core::eras();
    QCOMPARE(eras.size(), 5);
    QCOMPARE(eras.first().name, u"明治"_qs);
    QCOMPARE(eras.last().abbreviation, u"R"_qs);
    QCOMPARE(kikan::core::eraByCode(4)->name, u"平成"_qs);
    QCOMPARE(kikan::core::eraByName(u"昭"_qs)->code, 3);
    QCOMPARE(kikan::core::eraByAbbreviation(u"t"_qs)->name, u"大正"_qs);
    QVERIFY(!kikan::core::eraByCode(6));
    QVERIFY(!kikan::core::nextEra(eras.last()));
}

void WarekiTest::boundaries_data()
{
    kikan::test::addColumns<QDate, QString, QString, QString>(
        {"date", "longForm", "shortForm", "counter"});
    auto row = [](const char *n, QDate d, const QString &l, const QString &s, const QString &c) {
        QTest::newRow(n) << d << l << s << c;
    };
    row("明治 first day (戸籍)", {1868, 1, 25}, u"明治元年1月25日"_qs, u"M1.1.25"_qs, u"1010125"_qs);
    row("明治 last day", {1912, 7, 29}, u"明治45年7月29日"_qs, u"M45.7.29"_qs, u"1450729"_qs);
    row("大正 first day", {1912, 7, 30}, u"大正元年7月30日"_qs, u"T1.7.30"_qs, u"2010730"_qs);
    row("大正 last day", {1926, 12, 24}, u"大正15年12月24日"_qs, u"T15.12.24"_qs, u"2151224"_qs);
    row("昭和 first day", {1926, 12, 25}, u"昭和元年12月25日"_qs, u"S1.12.25"_qs, u"3011225"_qs);
    row("昭和 last day", {1989, 1, 7}, u"昭和64年1月7日"_qs, u"S64.1.7"_qs, u"3640107"_qs);
    row("平成 first day", {1989, 1, 8}, u"平成元年1月8日"_qs, u"H1.1.8"_qs, u"4010108"_qs);
    row("FORMATS.md 4050101", {1993, 1, 1}, u"平成5年1月1日"_qs, u"H5.1.1"_qs, u"4050101"_qs);
    row("平成 last day", {2019, 4, 30}, u"平成31年4月30日"_qs, u"H31.4.30"_qs, u"4310430"_qs);
    row("令和 first day", {2019, 5, 1}, u"令和元年5月1日"_qs, u"R1.5.1"_qs, u"5010501"_qs);
    row("令和6年11月24日", {2024, 11, 24}, u"令和6年11月24日"_qs, u"R6.11.24"_qs, u"5061124"_qs);
    row("leap day", {2024, 2, 29}, u"令和6年2月29日"_qs, u"R6.2.29"_qs, u"5060229"_qs);
}

void WarekiTest::boundaries()
{
    QFETCH(QDate, date);
    QFETCH(QString, longForm);
    QFETCH(QString, shortForm);
    QFETCH(QString, counter);
    const auto w = WarekiDate::fromDate(date);
    QVERIFY2(w.ok(), qPrintable(w.errorCode()));
    QCOMPARE(w->toLongString(), longForm);
    QCOMPARE(w->toShortString(), shortForm);
    QCOMPARE(w->toCounterDigits(), counter);
    QCOMPARE(w->toDate(), date);
    for (const QString &form : {longForm, shortForm, counter}) {
        const auto parsed = kikan::core::parseDate(form);
        QVERIFY2(parsed.ok(), qPrintable(form + u' ' + parsed.errorCode()));
        QCOMPARE(parsed->date, date);
    }
}

// Every day within a week of each era change goes date → each written form → the same date.
void WarekiTest::roundTripsAcrossBoundaries()
{
    for (const auto &era : kikan::core::eras()) {
        for (int offset = -7; offset <= 7; ++offset) {
            const QDate date = era.start.addDays(offset);
            const auto w = WarekiDate::fromDate(date);
            if (!w) {
                QVERIFY(date < kikan::core::eras().first().start);
                continue;
            }
            QCOMPARE(w->era().code, offset < 0 ? era.code - 1 : era.code);
            for (const QString &form : {w->toLongString(), w->toShortString(),
                                        w->toCounterDigits()}) {
                QCOMPARE(kikan::core::parseDate(form)->date, date);
            }
            const auto again = WarekiDate::fromParts(w->era(), w->year(), w->month(), w->day());
            QVERIFY(again.ok());
            QCOMPARE(again->toDate(), date);
        }
    }
}

// ICU's calendar and the era table give the same long form on every day from the day ICU starts
// 明治 (1868-09-08) to the end of 2099.
void WarekiTest::agreesWithIcuFrom1868September()
{
    int checked = 0;
    for (QDate d(1868, 9, 8); d <= QDate(2099, 12, 31); d = d.addDays(1)) {
        const QString ours = WarekiDate::fromDate(d)->toLongString();
        if (ours != icuJapaneseLongDate(d))
            QFAIL(qPrintable(d.toString(Qt::ISODate) + u' ' + ours + u" ≠ "_qs
                             + icuJapaneseLongDate(d)));
        ++checked;
    }
    QVERIFY(checked > 84000);
}

// Documented difference: ICU starts 明治 on 1868-09-08 (the day of the 改元の詔, not applied
// retroactively); 戸籍 practice and this table start it on 1868-01-25 (慶応4年1月1日).
void WarekiTest::differsFromIcuInEarlyMeiji()
{
    QCOMPARE(icuJapaneseLongDate({1868, 1, 25}), u"慶応4年1月25日"_qs);
    QCOMPARE(WarekiDate::fromDate({1868, 1, 25})->toLongString(), u"明治元年1月25日"_qs);
    QCOMPARE(icuJapaneseLongDate({1868, 9, 7}), u"慶応4年9月7日"_qs);
    QCOMPARE(WarekiDate::fromDate({1868, 9, 7})->toLongString(), u"明治元年9月7日"_qs);
    // Both count months and days in the Gregorian calendar before 1873 (no lunisolar dates).
    QCOMPARE(icuJapaneseLongDate({1872, 12, 31}), u"明治5年12月31日"_qs);
    QCOMPARE(WarekiDate::fromDate({1872, 12, 31})->toLongString(), u"明治5年12月31日"_qs);
}

void WarekiTest::rejectsDatesBeforeMeiji()
{
    const auto w = WarekiDate::fromDate({1868, 1, 24});
    QVERIFY(!w.ok());
    QCOMPARE(w.error().code, QString(kikan::core::err::DateOutOfRange));
    QVERIFY(w.error().message.contains(u"明治より前"_qs));
    QCOMPARE(WarekiDate::fromDate(QDate()).errorCode(), QString(kikan::core::err::DateInvalid));
}

void WarekiTest::fromPartsRejectsDaysOutsideTheEra_data()
{
    kikan::test::addColumns<int, int, int, int, QString, QString>(
        {"era", "year", "month", "day", "code", "hint"});
    const QString outside = kikan::core::err::DateOutsideEra;
    const QString invalid = kikan::core::err::DateInvalid;
    QTest::newRow("平成31年5月1日") << 4 << 31 << 5 << 1 << outside << u"令和元年5月1日"_qs;
    QTest::newRow("令和1年4月30日") << 5 << 1 << 4 << 30 << outside << u"平成31年4月30日"_qs;
    QTest::newRow("昭和64年1月8日") << 3 << 64 << 1 << 8 << outside << u"平成元年1月8日"_qs;
    QTest::newRow("平成元年1月7日") << 4 << 1 << 1 << 7 << outside << u"昭和64年1月7日"_qs;
    QTest::newRow("大正15年12月25日") << 2 << 15 << 12 << 25 << outside << u"昭和元年12月25日"_qs;
    QTest::newRow("明治45年7月30日") << 1 << 45 << 7 << 30 << outside << u"大正元年7月30日"_qs;
    QTest::newRow("昭和70年 (long after)") << 3 << 70 << 1 << 1 << outside << u"平成7年1月1日"_qs;
    QTest::newRow("明治元年1月24日") << 1 << 1 << 1 << 24 << outside << QString();
    QTest::newRow("平成0年") << 4 << 0 << 1 << 1 << invalid << QString();
    QTest::newRow("2月30日") << 5 << 6 << 2 << 30 << invalid << QString();
    QTest::newRow("平成5年2月29日 (not leap)") << 4 << 5 << 2 << 29 << invalid << QString();
    QTest::newRow("13月") << 5 << 6 << 13 << 1 << invalid << QString();
    QTest::newRow("0日") << 5 << 6 << 1 << 0 << invalid << QString();
}

void WarekiTest::fromPartsRejectsDaysOutsideTheEra()
{
    QFETCH(int, era);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, code);
    QFETCH(QString, hint);
    const auto w = WarekiDate::fromParts(*kikan::core::eraByCode(era), year, month, day);
    QVERIFY(!w.ok());
    QCOMPARE(w.error().code, code);
    QVERIFY(w.error().message.contains(u"という日付はありません"_qs));
    if (!hint.isEmpty())
        QVERIFY2(w.error().message.contains(hint), qPrintable(w.error().message));
}

QTEST_GUILESS_MAIN(WarekiTest)
#include "wareki_test.moc"
