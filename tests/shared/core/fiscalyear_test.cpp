// 年度: April–March, first/last day, contains, and 和暦 labels across era changes.
#include "shared/core/fiscalyear.h"
#include "tests/shared/tabletest.h"

#include <QtTest>

using kikan::core::FiscalYear;

class FiscalYearTest : public QObject {
    Q_OBJECT
private slots:
    void containing_data();
    void containing();
    void bounds();
    void labels_data();
    void labels();
};

void FiscalYearTest::containing_data()
{
    kikan::test::addColumns<QDate, int>({"date", "startYear"});
    QTest::newRow("1 April starts") << QDate(2024, 4, 1) << 2024;
    QTest::newRow("31 March ends") << QDate(2025, 3, 31) << 2024;
    QTest::newRow("31 March previous") << QDate(2024, 3, 31) << 2023;
    QTest::newRow("1 January") << QDate(2025, 1, 1) << 2024;
    QTest::newRow("31 December") << QDate(2024, 12, 31) << 2024;
    QTest::newRow("leap day") << QDate(2024, 2, 29) << 2023;
}

void FiscalYearTest::containing()
{
    QFETCH(QDate, date);
    QFETCH(int, startYear);
    const FiscalYear fy = FiscalYear::containing(date);
    QCOMPARE(fy.startYear(), startYear);
    QVERIFY(fy.contains(date));
    QVERIFY(!fy.next().contains(date));
    QVERIFY(!fy.previous().contains(date));
}

void FiscalYearTest::bounds()
{
    const FiscalYear fy = FiscalYear::startingIn(2024);
    QCOMPARE(fy.firstDay(), QDate(2024, 4, 1));
    QCOMPARE(fy.lastDay(), QDate(2025, 3, 31));
    QVERIFY(!fy.contains(QDate(2024, 3, 31)));
    QVERIFY(!fy.contains(QDate(2025, 4, 1)));
    QVERIFY(!fy.contains(QDate()));
    QVERIFY(fy < fy.next());
    QCOMPARE(fy.next().previous(), fy);
    QCOMPARE(fy.previous().lastDay().addDays(1), fy.firstDay());
}

void FiscalYearTest::labels_data()
{
    kikan::test::addColumns<int, QString>({"startYear", "label"});
    QTest::newRow("令和6年度") << 2024 << u"令和6年度"_qs;
    QTest::newRow("2019 = 令和元年度") << 2019 << u"令和元年度"_qs;
    QTest::newRow("2018 = 平成30年度") << 2018 << u"平成30年度"_qs;
    QTest::newRow("1989 = 平成元年度") << 1989 << u"平成元年度"_qs;
    QTest::newRow("1988 = 昭和63年度") << 1988 << u"昭和63年度"_qs;
    QTest::newRow("1926 = 昭和元年度") << 1926 << u"昭和元年度"_qs;
    QTest::newRow("1912 = 大正元年度") << 1912 << u"大正元年度"_qs;
    QTest::newRow("1868 = 明治元年度") << 1868 << u"明治元年度"_qs;
    QTest::newRow("before 明治") << 1867 << u"1867年度"_qs;
}

void FiscalYearTest::labels()
{
    QFETCH(int, startYear);
    QFETCH(QString, label);
    QCOMPARE(FiscalYear::startingIn(startYear).label(), label);
}

QTEST_GUILESS_MAIN(FiscalYearTest)
#include "fiscalyear_test.moc"
