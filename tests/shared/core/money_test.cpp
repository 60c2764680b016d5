// Money: whole-yen arithmetic, rates with explicit rounding (切り捨て by default), formatting and
// parsing, invalid input.
#include "shared/core/money.h"

#include "tests/shared/tabletest.h"

#include <QtTest>

using kikan::core::Money;
using kikan::core::Rate;
using kikan::core::Rounding;
namespace err = kikan::core::err;

Q_DECLARE_METATYPE(kikan::core::Rounding)

class MoneyTest : public QObject {
    Q_OBJECT
private slots:
    void arithmeticAndComparison();
    void times_data();
    void times();
    void roundedDownToUnit();
    void formats();
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void ratesParse();
};

void MoneyTest::arithmeticAndComparison()
{
    const Money a = Money::ofYen(1234);
    const Money b = Money::ofYen(766);
    QCOMPARE((a + b).yen(), 2000);
    QCOMPARE((a - b).yen(), 468);
    QCOMPARE((b - a).yen(), -468);
    QCOMPARE((-a).yen(), -1234);
    QCOMPARE((a * 3).yen(), 3702);
    Money c = a;
    c += b;
    c -= Money::ofYen(1000);
    QCOMPARE(c, Money::ofYen(1000));
    QVERIFY(b < a);
    QVERIFY(a >= a);
    QVERIFY(Money() == Money::ofYen(0));
}

void MoneyTest::times_data()
{
    kikan::test::addColumns<qint64, QString, Rounding, qint64>(
        {"yen", "rate", "rounding", "result"});
    QTest::newRow("6% down") << qint64(12345) << u"0.06"_qs << Rounding::Down << qint64(740);
    QTest::newRow("6% half up") << qint64(12345) << u"0.06"_qs << Rounding::HalfUp << qint64(741);
    QTest::newRow("6% up") << qint64(12345) << u"0.06"_qs << Rounding::Up << qint64(741);
    QTest::newRow("exact .5 half up") << qint64(25) << u"0.5"_qs << Rounding::HalfUp << qint64(13);
    QTest::newRow("below .5 half up") << qint64(249) << u"0.01"_qs << Rounding::HalfUp
                                      << qint64(2);
    QTest::newRow("exact, no rounding") << qint64(10000) << u"8.7%"_qs << Rounding::Up
                                        << qint64(870);
    QTest::newRow("negative down is toward zero") << qint64(-12345) << u"0.06"_qs
                                                  << Rounding::Down << qint64(-740);
    QTest::newRow("negative up is away from zero") << qint64(-12345) << u"0.06"_qs
                                                   << Rounding::Up << qint64(-741);
    QTest::newRow("14.6% of a large amount") << qint64(123'456'789'012) << u"14.6%"_qs
                                             << Rounding::Down << qint64(18'024'691'195);
}

void MoneyTest::times()
{
    QFETCH(qint64, yen);
    QFETCH(QString, rate);
    QFETCH(Rounding, rounding);
    QFETCH(qint64, result);
    const auto r = Rate::parse(rate);
    QVERIFY(r.ok());
    QCOMPARE(Money::ofYen(yen).times(*r, rounding).yen(), result);
}

void MoneyTest::roundedDownToUnit()
{
    QCOMPARE(Money::ofYen(123'456).roundedDownTo(100).yen(), 123'400);   // 税額 100円未満切捨て
    QCOMPARE(Money::ofYen(123'456).roundedDownTo(1000).yen(), 123'000);  // 課税標準 1,000円未満
    QCOMPARE(Money::ofYen(-123'456).roundedDownTo(100).yen(), -123'400);
    QCOMPARE(Money::ofYen(99).roundedDownTo(100).yen(), 0);
    QCOMPARE(Money::ofYen(12345).times(Rate::fraction(1, 3)).yen(), 4115);
}

void MoneyTest::formats()
{
    QCOMPARE(Money::ofYen(1234).toString(), u"1,234円"_qs);
    QCOMPARE(Money::ofYen(1234).toYenSignString(), u"￥1,234"_qs);
    QCOMPARE(Money::ofYen(0).toString(), u"0円"_qs);
    QCOMPARE(Money::ofYen(999).toString(), u"999円"_qs);
    QCOMPARE(Money::ofYen(1000).toString(), u"1,000円"_qs);
    QCOMPARE(Money::ofYen(1234567890).toString(), u"1,234,567,890円"_qs);
    QCOMPARE(Money::ofYen(-1234).toString(), u"-1,234円"_qs);
    QCOMPARE(Money::ofYen(-1234).toYenSignString(), u"-￥1,234"_qs);
}

void MoneyTest::parses_data()
{
    kikan::test::addColumns<QString, qint64>({"text", "yen"});
    QTest::newRow("with 円") << u"1,234円"_qs << qint64(1234);
    QTest::newRow("full-width yen sign") << u"￥1,234"_qs << qint64(1234);
    QTest::newRow("half-width yen sign") << u"¥1234"_qs << qint64(1234);
    QTest::newRow("backslash (Shift_JIS yen)") << u"\\1,234"_qs << qint64(1234);
    QTest::newRow("bare") << u"1234"_qs << qint64(1234);
    QTest::newRow("zero") << u"0円"_qs << qint64(0);
    QTest::newRow("full-width") << u"１，２３４円"_qs << qint64(1234);
    QTest::newRow("negative") << u"-1,234円"_qs << qint64(-1234);
    QTest::newRow("triangle negative") << u"△1,234"_qs << qint64(-1234);
    QTest::newRow("black triangle negative") << u"▲500円"_qs << qint64(-500);
    QTest::newRow("blanks") << u" 1,234 円 "_qs << qint64(1234);
    QTest::newRow("millions") << u"12,345,678円"_qs << qint64(12345678);
}

void MoneyTest::parses()
{
    QFETCH(QString, text);
    QFETCH(qint64, yen);
    const auto m = Money::parse(text);
    QVERIFY2(m.ok(), qPrintable(m.errorCode()));
    QCOMPARE(m->yen(), yen);
    QCOMPARE(Money::parse(m->toString())->yen(), yen);
    QCOMPARE(Money::parse(m->toYenSignString())->yen(), yen);
}

void MoneyTest::rejects_data()
{
    kikan::test::addRejectRows({
        {"empty", {QString(), QString(err::MoneyEmpty)}},
        {"decimal yen", {u"12.5円"_qs, QString(err::MoneyFormat)}},
        {"bad grouping", {u"12,34円"_qs, QString(err::MoneyFormat)}},
        {"leading comma", {u",123"_qs, QString(err::MoneyFormat)}},
        {"letters", {u"abc"_qs, QString(err::MoneyFormat)}},
        {"kanji numerals", {u"千円"_qs, QString(err::MoneyFormat)}},
        {"two signs", {u"--5"_qs, QString(err::MoneyFormat)}},
        {"yen sign only", {u"￥"_qs, QString(err::MoneyFormat)}},
        {"too large", {u"99999999999999999999"_qs, QString(err::MoneyOverflow)}},
    });
}

void MoneyTest::rejects()
{
    kikan::test::verifyRejects(&Money::parse);
}

void MoneyTest::ratesParse()
{
    QCOMPARE(*Rate::parse(u"0.06"_qs), Rate::fraction(6, 100));
    QCOMPARE(*Rate::parse(u"8.7%"_qs), Rate::fraction(87, 1000));
    QCOMPARE(*Rate::parse(u"１４．６％"_qs), Rate::fraction(146, 1000));
    QCOMPARE(*Rate::parse(u"1"_qs), Rate::fraction(1, 1));
    for (const QString &bad : {u""_qs, u"-0.1"_qs, u"0,06"_qs, u".5"_qs, u"1e-2"_qs, u"5%%"_qs})
        QCOMPARE(Rate::parse(bad).errorCode(), QString(err::RateFormat));
}

QTEST_GUILESS_MAIN(MoneyTest)
#include "money_test.moc"
