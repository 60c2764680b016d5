// 延滞金 and 還付加算金 (shared/revenue/interest.h) with the rates compiled in
// (resources/revenue/interest-rates.json): 豊橋市's worked example from REVENUE.md (65,000円 →
// 3,400円), a leap year still counted over 365 days, a rate change on 1月1日 inside the first
// month, a part payment, the 2,000円 / 1,000円 thresholds and 1,000円 / 100円 cuts, periods of
// months by 民法 第143条, and when 還付加算金 starts by cause (地方税法 第17条の4).
#include "shared/api/revenue/errors.h"
#include "shared/revenue/interest.h"
#include "tests/shared/tabletest.h"

#include <QTest>

using namespace kikan;
using namespace kikan::revenue;
using core::Money;

namespace {

const InterestRules &late() { return interestRates().latePayment; }
const InterestRules &refundRules() { return interestRates().refundInterest; }

// "from..to days rate amount" for each part, to compare with the worked example's lines.
QStringList partsOf(const InterestCalculation &c)
{
    QStringList out;
    for (const InterestPart &p : c.parts)
        out << QStringLiteral("%1..%2 %3 %4/%5 %6")
                   .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate))
                   .arg(p.days).arg(p.rate.numerator()).arg(p.rate.denominator())
                   .arg(p.amount.yen());
    return out;
}

QString rate(const char *percent)
{
    const auto r = core::Rate::parse(QString::fromLatin1(percent));
    return QStringLiteral("%1/%2").arg(r->numerator()).arg(r->denominator());
}

} // namespace

class InterestTest : public QObject
{
    Q_OBJECT
private slots:
    void theToyohashiExampleIs3400Yen()
    {
        // 65,000円, 納期限 R3.5.31, paid R4.1.31 (REVENUE.md)
        const auto c = latePaymentCharge(late(), Money::ofYen(65000), QDate(2021, 5, 31),
                                         QDate(2022, 1, 31));
        QVERIFY(c.ok());
        QCOMPARE(partsOf(*c), QStringList({
            QStringLiteral("2021-06-01..2021-06-30 30 %1 133").arg(rate("2.5%")),
            QStringLiteral("2021-07-01..2021-12-31 184 %1 2883").arg(rate("8.8%")),
            QStringLiteral("2022-01-01..2022-01-31 31 %1 480").arg(rate("8.7%"))}));
        QCOMPARE(c->sum, Money::ofYen(3496));
        QCOMPARE(c->total, Money::ofYen(3400));
        QCOMPARE(c->parts.first().base, Money::ofYen(65000));
    }

    void aLeapYearIsStillA365DayYear()
    {
        // 1,000,000円 due 2023-12-31, paid 2024-12-31: 31 + 335 days of 2024 (366 days)
        const auto c = latePaymentCharge(late(), Money::ofYen(1000000), QDate(2023, 12, 31),
                                         QDate(2024, 12, 31));
        QVERIFY(c.ok());
        QCOMPARE(partsOf(*c), QStringList({
            QStringLiteral("2024-01-01..2024-01-31 31 %1 2038").arg(rate("2.4%")),
            QStringLiteral("2024-02-01..2024-12-31 335 %1 79849").arg(rate("8.7%"))}));
        QCOMPARE(c->total, Money::ofYen(81800));
        // The first month of a 納期限 at the end of January ends on 2月29日.
        const auto feb = latePaymentCharge(late(), Money::ofYen(1000000), QDate(2024, 1, 31),
                                           QDate(2024, 3, 31));
        QCOMPARE(partsOf(*feb), QStringList({
            QStringLiteral("2024-02-01..2024-02-29 29 %1 1906").arg(rate("2.4%")),
            QStringLiteral("2024-03-01..2024-03-31 31 %1 7389").arg(rate("8.7%"))}));
        QCOMPARE(feb->total, Money::ofYen(9200));
    }

    void aRateChangeOnNewYearsDaySplitsTheFirstMonth()
    {
        // 500,000円 due 2025-12-15, paid 2026-02-20: the first month runs to 2026-01-15 and
        // takes 2.4% in 2025, 2.8% in 2026 (令和8年); after it 9.1%.
        const auto c = latePaymentCharge(late(), Money::ofYen(500000), QDate(2025, 12, 15),
                                         QDate(2026, 2, 20));
        QVERIFY(c.ok());
        QCOMPARE(partsOf(*c), QStringList({
            QStringLiteral("2025-12-16..2025-12-31 16 %1 526").arg(rate("2.4%")),
            QStringLiteral("2026-01-01..2026-01-15 15 %1 575").arg(rate("2.8%")),
            QStringLiteral("2026-01-16..2026-02-20 36 %1 4487").arg(rate("9.1%"))}));
        QCOMPARE(c->sum, Money::ofYen(5588));
        QCOMPARE(c->total, Money::ofYen(5500));
    }

    void aPartPaymentLowersTheBaseFromTheNextDay()
    {
        const auto c = latePaymentCharge(late(), Money::ofYen(65000), QDate(2021, 5, 31),
                                         QDate(2022, 1, 31),
                                         {{QDate(2021, 6, 30), Money::ofYen(30000)}});
        QVERIFY(c.ok());
        QCOMPARE(partsOf(*c), QStringList({
            QStringLiteral("2021-06-01..2021-06-30 30 %1 133").arg(rate("2.5%")),
            QStringLiteral("2021-07-01..2021-12-31 184 %1 1552").arg(rate("8.8%")),
            QStringLiteral("2022-01-01..2022-01-31 31 %1 258").arg(rate("8.7%"))}));
        QCOMPARE(c->parts.at(1).base, Money::ofYen(35000));
        QCOMPARE(c->total, Money::ofYen(1900));
    }

    void thresholdsAndCuts_data()
    {
        kikan::test::addColumns<qint64, QDate, qint64, qint64>({"tax", "paidOn", "base", "total"});
        const QDate a_year(2022, 5, 31); // 納期限 2021-05-31 + 1 year: 30 days 2.5%, rest 8.8/8.7%
        QTest::newRow("1,999円: none") << qint64(1999) << a_year << qint64(0) << qint64(0);
        QTest::newRow("2,000円: base 2,000, total under 1,000円") << qint64(2000) << a_year << qint64(2000) << qint64(0);
        QTest::newRow("2,999円 → base 2,000") << qint64(2999) << a_year << qint64(2000) << qint64(0);
        QTest::newRow("65,999円 → base 65,000") << qint64(65999) << QDate(2022, 1, 31) << qint64(65000) << qint64(3400);
        QTest::newRow("one month only: 133円 → 0") << qint64(65000) << QDate(2021, 6, 30) << qint64(65000) << qint64(0);
        QTest::newRow("paid on the 納期限") << qint64(65000) << QDate(2021, 5, 31) << qint64(0) << qint64(0);
        QTest::newRow("paid before") << qint64(65000) << QDate(2021, 5, 1) << qint64(0) << qint64(0);
    }
    void thresholdsAndCuts()
    {
        QFETCH(qint64, tax);
        QFETCH(QDate, paidOn);
        QFETCH(qint64, base);
        QFETCH(qint64, total);
        const auto c = latePaymentCharge(late(), Money::ofYen(tax), QDate(2021, 5, 31), paidOn);
        QVERIFY(c.ok());
        QCOMPARE(c->parts.isEmpty() ? 0 : c->parts.first().base.yen(), base);
        QCOMPARE(c->total.yen(), total);
    }

    void aSumOfAtLeast1000YenIsCutTo100()
    {
        // 14,000円 for 2022: 31 days at 2.4% (28円) + 334 days at 8.7% (1,114円) = 1,142円 → 1,100円
        const auto c = latePaymentCharge(late(), Money::ofYen(14000), QDate(2021, 12, 31),
                                         QDate(2022, 12, 31));
        QCOMPARE(c->sum, Money::ofYen(1142));
        QCOMPARE(c->total, Money::ofYen(1100));
    }

    void aDayWithoutARateIsNamed()
    {
        const auto c = latePaymentCharge(late(), Money::ofYen(65000), QDate(2013, 5, 31),
                                         QDate(2014, 1, 31));
        QCOMPARE(c.errorCode(), QString::fromLatin1(api::err::RevenueRateUnknown));
        QVERIFY(c.error().message.contains(QStringLiteral("2013-06-01")));
    }

    void aPeriodOfMonthsEndsByTheCivilCode_data()
    {
        kikan::test::addColumns<QDate, int, QDate>({"start", "months", "end"});
        QTest::newRow("from the 1st: the month's end") << QDate(2021, 6, 1) << 1 << QDate(2021, 6, 30);
        QTest::newRow("mid-month: the day before") << QDate(2021, 3, 15) << 1 << QDate(2021, 4, 14);
        QTest::newRow("31st, no 31 in February") << QDate(2021, 1, 31) << 1 << QDate(2021, 2, 28);
        QTest::newRow("31st, leap year") << QDate(2024, 1, 31) << 1 << QDate(2024, 2, 29);
        QTest::newRow("29th, no 2月29日") << QDate(2023, 1, 29) << 1 << QDate(2023, 2, 28);
        QTest::newRow("29th, leap year: the day before") << QDate(2024, 1, 29) << 1 << QDate(2024, 2, 28);
        QTest::newRow("three months over the year end") << QDate(2021, 11, 30) << 3 << QDate(2022, 2, 28);
        QTest::newRow("December") << QDate(2025, 12, 16) << 1 << QDate(2026, 1, 15);
    }
    void aPeriodOfMonthsEndsByTheCivilCode()
    {
        QFETCH(QDate, start);
        QFETCH(int, months);
        QFETCH(QDate, end);
        QCOMPARE(monthPeriodEnd(start, months), end);
    }

    void refundInterestStartsByItsCause_data()
    {
        kikan::test::addColumns<int, QDate>({"cause", "start"});
        QTest::newRow("減額更正: the day after payment") << int(RefundCause::ReducedAssessment) << QDate(2025, 6, 1);
        QTest::newRow("誤納: a month after that") << int(RefundCause::WrongPayment) << QDate(2025, 7, 1);
        QTest::newRow("更正の請求: 1 month after the 更正 is earlier") << int(RefundCause::ClaimForCorrection) << QDate(2025, 6, 21);
    }
    void refundInterestStartsByItsCause()
    {
        QFETCH(int, cause);
        QFETCH(QDate, start);
        QCOMPARE(refundInterestStart(RefundCause(cause), QDate(2025, 5, 31), QDate(2025, 4, 10),
                                     QDate(2025, 5, 20)),
                 start);
        // 更正の請求 whose 3 months end first
        QCOMPARE(refundInterestStart(RefundCause::ClaimForCorrection, QDate(2025, 5, 31),
                                     QDate(2025, 4, 10), QDate(2025, 9, 1)),
                 QDate(2025, 7, 11));
    }

    void refundInterestAcrossARateChange()
    {
        // 500,000円 from 2025-07-01 to 2026-03-31: 0.9% (令和7年), 1.3% (令和8年)
        const auto c = refundInterest(refundRules(), Money::ofYen(500999), QDate(2025, 7, 1),
                                      QDate(2026, 3, 31));
        QVERIFY(c.ok());
        QCOMPARE(partsOf(*c), QStringList({
            QStringLiteral("2025-07-01..2025-12-31 184 %1 2268").arg(rate("0.9%")),
            QStringLiteral("2026-01-01..2026-03-31 90 %1 1602").arg(rate("1.3%"))}));
        QCOMPARE(c->parts.first().base, Money::ofYen(500000));
        QCOMPARE(c->total, Money::ofYen(3800));
        // 73円 is under 1,000円: nothing is added.
        QCOMPARE(refundInterest(refundRules(), Money::ofYen(100000), QDate(2025, 7, 1),
                                QDate(2025, 7, 30))->total, Money());
        // Decided before it starts: nothing.
        QVERIFY(refundInterest(refundRules(), Money::ofYen(100000), QDate(2025, 7, 1),
                               QDate(2025, 6, 30))->parts.isEmpty());
    }

    void brokenRateDataIsRefused_data()
    {
        kikan::test::addColumns<QByteArray>({"json"});
        const QByteArray rules = R"("daysInYear": 365, "baseUnit": 1000, "baseMinimum": 2000, "totalMinimum": 1000, "totalUnit": 100)";
        const QByteArray good = R"({"from": "2022-01-01", "rate": "0.9%"})";
        QTest::newRow("periods out of order") << QByteArray("{\"latePayment\": {" + rules + R"(, "periods": [{"from": "2022-01-01", "firstMonth": "2.4%", "after": "8.7%"}, {"from": "2021-01-01", "firstMonth": "2.5%", "after": "8.8%"}]}, "refundInterest": {)" + rules + ", \"periods\": [" + good + "]}}");
        QTest::newRow("a rate that is no rate") << QByteArray("{\"latePayment\": {" + rules + R"(, "periods": [{"from": "2022-01-01", "firstMonth": "abc", "after": "8.7%"}]}, "refundInterest": {)" + rules + ", \"periods\": [" + good + "]}}");
        QTest::newRow("no periods") << QByteArray("{\"latePayment\": {" + rules + R"(, "periods": []}, "refundInterest": {)" + rules + ", \"periods\": [" + good + "]}}");
        QTest::newRow("a 366-day year… of zero") << QByteArray(R"({"latePayment": {"daysInYear": 0}})");
    }
    void brokenRateDataIsRefused()
    {
        QFETCH(QByteArray, json);
        QCOMPARE(interestRatesFromJson(json).errorCode(), QString::fromLatin1(api::err::RevenueRatesData));
    }
};

QTEST_APPLESS_MAIN(InterestTest)
#include "interest_test.moc"
