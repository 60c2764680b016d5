// The 種別割 rate rules (server/light_vehicle_tax/taxrules.h) over the built-in rate file: a worked
// example per class and column (REVENUE.md tables), the 重課 and 新税率 boundaries by 初度検査年月,
// year-only 初度検査, 重課 exemptions, グリーン化特例 only in the 年度 after 新規検査, 減免, and a
// broken rate file refused with a message.
#include "server/core/failure.h"
#include "server/light_vehicle_tax/taxrules.h"
#include "shared/api/light_vehicle_tax/errors.h"
#include "tests/shared/tabletest.h"

#include <QTest>

using namespace kikan;
using namespace kikan::light_vehicle_tax;

namespace {
// "four_wheel/passenger/private" or a class code alone.
VehicleFacts facts(const QString &kind, const QString &first, const QString &power,
                   const QString &economy = {}, bool newVehicle = true)
{
    VehicleFacts v;
    const QStringList parts = kind.split(QLatin1Char('/'));
    v.vehicleClass = parts[0];
    v.body = parts.value(1);
    v.use = parts.value(2);
    if (!first.isEmpty())
        v.firstInspection = *YearMonth::parse(first);
    v.power = power;
    v.fuelEconomyLevel = economy;
    v.newVehicle = newVehicle;
    return v;
}
} // namespace

class TaxRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void rates_data()
    {
        test::addColumns<QString, QString, QString, QString, bool, int, QString, int>(
            {"kind", "first", "power", "economy", "newVehicle", "year", "column", "yen"});
        auto row = [](const char *name, const char *kind, const char *first, const char *power,
                      const char *economy, bool isNew, int year, const char *col, int yen) {
            QTest::newRow(name) << QString::fromUtf8(kind) << QString::fromUtf8(first)
                                << QString::fromUtf8(power) << QString::fromUtf8(economy) << isNew
                                << year << QString::fromUtf8(col) << yen;
        };
        // One per flat class (REVENUE.md, 令和7年度).
        row("原付一種", "moped_class1", "", "gasoline", "", true, 2025, "flat", 2000);
        row("原付二種乙", "moped_class2b", "", "gasoline", "", true, 2025, "flat", 2000);
        row("原付二種甲", "moped_class2a", "", "gasoline", "", true, 2025, "flat", 2400);
        row("ミニカー", "minicar", "", "gasoline", "", true, 2025, "flat", 3700);
        row("小型特殊 農耕", "small_special_farm", "", "diesel", "", true, 2025, "flat", 2400);
        row("小型特殊 その他", "small_special_other", "", "diesel", "", true, 2025, "flat", 5900);
        row("軽二輪", "light_motorcycle", "", "gasoline", "", true, 2025, "flat", 3600);
        row("小型二輪", "small_motorcycle", "", "gasoline", "", true, 2025, "flat", 6000);
        // 三輪・四輪: 旧税率 / 新税率 / 重課 per class.
        row("三輪 旧", "three_wheel", "2014-06", "gasoline", "", true, 2025, "old", 3100);
        row("三輪 新", "three_wheel", "2018-05", "gasoline", "", true, 2025, "new", 3900);
        row("三輪 重課", "three_wheel", "2010-02", "gasoline", "", true, 2025, "heavy", 4600);
        row("乗用自家用 旧", "four_wheel/passenger/private", "2013-04", "gasoline", "", true, 2025, "old", 7200);
        row("乗用自家用 新", "four_wheel/passenger/private", "2020-01", "gasoline", "", true, 2025, "new", 10800);
        row("乗用自家用 重課", "four_wheel/passenger/private", "2011-07", "gasoline", "", true, 2025, "heavy", 12900);
        row("乗用営業用 旧", "four_wheel/passenger/business", "2014-12", "gasoline", "", true, 2025, "old", 5500);
        row("乗用営業用 新", "four_wheel/passenger/business", "2019-09", "gasoline", "", true, 2025, "new", 6900);
        row("乗用営業用 重課", "four_wheel/passenger/business", "2008-01", "gasoline", "", true, 2025, "heavy", 8200);
        row("貨物自家用 旧", "four_wheel/cargo/private", "2014-03", "gasoline", "", true, 2025, "old", 4000);
        row("貨物自家用 新", "four_wheel/cargo/private", "2016-04", "gasoline", "", true, 2025, "new", 5000);
        row("貨物自家用 重課", "four_wheel/cargo/private", "2005-05", "gasoline", "", true, 2025, "heavy", 6000);
        row("貨物営業用 旧", "four_wheel/cargo/business", "2013-10", "diesel", "", true, 2025, "old", 3000);
        row("貨物営業用 新", "four_wheel/cargo/business", "2021-02", "diesel", "", true, 2025, "new", 3800);
        row("貨物営業用 重課", "four_wheel/cargo/business", "2009-11", "diesel", "", true, 2025, "heavy", 4500);
        // 重課 boundary: heavy in 年度 Y ⇔ 初度検査 ≤ (Y−13)年3月.
        row("重課 境界 R7 3月", "four_wheel/passenger/private", "2012-03", "gasoline", "", true, 2025, "heavy", 12900);
        row("重課 境界 R7 4月", "four_wheel/passenger/private", "2012-04", "gasoline", "", true, 2025, "old", 7200);
        row("重課 境界 R8 3月", "four_wheel/passenger/private", "2013-03", "gasoline", "", true, 2026, "heavy", 12900);
        row("重課 境界 R8 4月", "four_wheel/passenger/private", "2013-04", "gasoline", "", true, 2026, "old", 7200);
        // 新税率 boundary: 初度検査 H27.3 旧, H27.4 新.
        row("新税率 境界 H27.3", "four_wheel/cargo/private", "2015-03", "gasoline", "", true, 2025, "old", 4000);
        row("新税率 境界 H27.4", "four_wheel/cargo/private", "2015-04", "gasoline", "", true, 2025, "new", 5000);
        // 年のみ: taken as December of that year [要確認].
        row("年のみ 2012 R7", "four_wheel/passenger/private", "2012", "gasoline", "", true, 2025, "old", 7200);
        row("年のみ 2012 R8", "four_wheel/passenger/private", "2012", "gasoline", "", true, 2026, "heavy", 12900);
        row("年のみ 2015", "four_wheel/passenger/private", "2015", "gasoline", "", true, 2025, "new", 10800);
        // 重課 exemptions by power.
        row("重課対象外 ハイブリッド", "four_wheel/passenger/private", "2010-01", "hybrid", "", true, 2025, "old", 7200);
        row("重課対象外 電気", "four_wheel/cargo/private", "2009-06", "electric", "", true, 2025, "old", 4000);
        row("重課対象外 被けん引", "four_wheel/cargo/business", "2001-01", "towed", "", true, 2025, "old", 3000);
        // グリーン化特例 (軽課): only the 年度 after a new vehicle's 新規検査 (R5.4.1–R8.3.31).
        row("軽課 75 乗用自家用", "four_wheel/passenger/private", "2024-06", "electric", "", true, 2025, "green", 2700);
        row("軽課 75 三輪", "three_wheel", "2023-04", "electric", "", true, 2024, "green", 1000);
        row("軽課 75 乗用営業用", "four_wheel/passenger/business", "2025-03", "natural_gas", "", true, 2025, "green", 1800);
        row("軽課 75 貨物自家用", "four_wheel/cargo/private", "2025-12", "electric", "", true, 2026, "green", 1300);
        row("軽課 75 貨物営業用", "four_wheel/cargo/business", "2026-03", "natural_gas", "", true, 2026, "green", 1000);
        row("軽課 50 乗用営業用", "four_wheel/passenger/business", "2024-10", "gasoline", "50", true, 2025, "green", 3500);
        row("軽課 25 乗用営業用", "four_wheel/passenger/business", "2024-10", "hybrid", "25", true, 2025, "green", 5200);
        row("軽課 二年目は新税率", "four_wheel/passenger/private", "2024-06", "electric", "", true, 2026, "new", 10800);
        row("軽課 期間前", "four_wheel/passenger/private", "2023-03", "electric", "", true, 2023, "new", 10800);
        row("軽課 期間後", "four_wheel/passenger/private", "2026-04", "electric", "", true, 2027, "new", 10800);
        row("軽課 50 自家用は対象外", "four_wheel/passenger/private", "2024-10", "gasoline", "50", true, 2025, "new", 10800);
        row("軽課 中古新規は対象外", "four_wheel/passenger/private", "2024-06", "electric", "", false, 2025, "new", 10800);
        row("軽課 ガソリンは対象外", "four_wheel/passenger/private", "2024-06", "gasoline", "", true, 2025, "new", 10800);
    }

    void rates()
    {
        QFETCH(QString, kind);
        QFETCH(QString, first);
        QFETCH(QString, power);
        QFETCH(QString, economy);
        QFETCH(bool, newVehicle);
        QFETCH(int, year);
        QFETCH(QString, column);
        QFETCH(int, yen);
        const RateDecision d = decideRate(RateBook::builtIn(),
                                          facts(kind, first, power, economy, newVehicle), year);
        QCOMPARE(d.column, column);
        QCOMPARE(d.amount.yen(), qint64(yen));
        QCOMPARE(d.fiscalYear, year);
        QCOMPARE(d.rateClass, kind.replace(QLatin1Char('/'), QLatin1Char('_')));
    }

    void refusals_data()
    {
        test::addColumns<QString, QString, int, QString>({"kind", "first", "year", "code"});
        QTest::newRow("税率表のない年度") << "moped_class1" << "" << 2015
                                          << QString::fromLatin1(api::err::LightVehicleNoRateTable);
        QTest::newRow("未知の車種区分") << "bicycle" << "" << 2025
                                        << QString::fromLatin1(api::err::LightVehicleUnknownClass);
        QTest::newRow("四輪の用途なし") << "four_wheel/passenger" << "2020-01" << 2025
                                        << QString::fromLatin1(api::err::LightVehicleUnknownClass);
        QTest::newRow("初度検査なし") << "four_wheel/cargo/private" << "" << 2025
                                      << QString::fromLatin1(api::err::LightVehicleFirstInspection);
    }

    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, first);
        QFETCH(int, year);
        QFETCH(QString, code);
        try {
            decideRate(RateBook::builtIn(), facts(kind, first, QStringLiteral("gasoline")), year);
            QFAIL("no failure");
        } catch (const core::Failure &e) {
            QCOMPARE(e.code(), code);
        }
    }

    void reductions_data()
    {
        test::addColumns<int, QString, qint64, qint64, int, int>(
            {"tax", "mode", "num", "den", "amount", "off"});
        QTest::newRow("全額") << 10800 << "full" << qint64(0) << qint64(1) << 0 << 10800;
        QTest::newRow("2分の1") << 3100 << "ratio" << qint64(1) << qint64(2) << 0 << 1550;
        QTest::newRow("7分の1 切り捨て") << 3900 << "ratio" << qint64(1) << qint64(7) << 0 << 557;
        QTest::newRow("金額") << 7200 << "amount" << qint64(0) << qint64(1) << 5000 << 5000;
        QTest::newRow("金額は税額まで") << 3600 << "amount" << qint64(0) << qint64(1) << 5000 << 3600;
        QTest::newRow("不明な方法は0") << 3600 << "none" << qint64(0) << qint64(1) << 0 << 0;
    }

    void reductions()
    {
        QFETCH(int, tax);
        QFETCH(QString, mode);
        QFETCH(qint64, num);
        QFETCH(qint64, den);
        QFETCH(int, amount);
        QFETCH(int, off);
        const ReductionDecision d{mode, core::Rate::fraction(num, den), core::Money::ofYen(amount)};
        QCOMPARE(reductionOf(core::Money::ofYen(tax), d).yen(), qint64(off));
    }

    void dueDatesAndReasonsComeFromTheFile()
    {
        const RateBook &book = RateBook::builtIn();
        const QList<DueDate> due = book.dueDates(2025);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].installment, 1);
        QCOMPARE(due[0].in(2025), QDate(2025, 5, 31));
        QVERIFY(book.reductionReason(QStringLiteral("disability")));
        QVERIFY(!book.reductionReason(QStringLiteral("friendship")));
    }

    void brokenFilesAreRefused_data()
    {
        test::addColumns<QByteArray, QString>({"json", "mentions"});
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("JSON");
        QTest::newRow("no tables") << QByteArray("{\"tables\":[]}") << QStringLiteral("tables");
        QTest::newRow("class without rates")
            << QByteArray(R"({"tables":[{"fromFiscalYear":2016,"toFiscalYear":2030,"newRateFrom":"2015-04",
                "classes":[{"code":"three_wheel","old":3100}]}]})")
            << QStringLiteral("three_wheel");
        QTest::newRow("negative rate")
            << QByteArray(R"({"tables":[{"fromFiscalYear":2016,"toFiscalYear":2030,"newRateFrom":"2015-04",
                "classes":[{"code":"minicar","flat":-1}]}]})")
            << QStringLiteral("flat");
        QTest::newRow("new rate from year only")
            << QByteArray(R"({"tables":[{"fromFiscalYear":2016,"toFiscalYear":2030,"newRateFrom":"2015",
                "classes":[]}]})")
            << QStringLiteral("newRateFrom");
    }

    void brokenFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        try {
            RateBook::parse(json);
            QFAIL("accepted");
        } catch (const core::Failure &e) {
            QCOMPARE(e.code(), QString::fromLatin1(api::err::LightVehicleRateTableInvalid));
            QVERIFY2(e.detail().contains(mentions), qPrintable(e.detail()));
        }
    }

    void yearMonthParses()
    {
        QCOMPARE(YearMonth::parse(QStringLiteral("2015-04"))->toString(), QStringLiteral("2015-04"));
        QVERIFY(YearMonth::parse(QStringLiteral("2015"))->yearOnly());
        QVERIFY(!YearMonth::parse(QStringLiteral("2015-13")));
        QVERIFY(!YearMonth::parse(QStringLiteral("R7-04")));
        QCOMPARE((YearMonth{2025, 3}.fiscalYear()), 2024);
        QCOMPARE((YearMonth{2025, 4}.fiscalYear()), 2025);
    }
};

QTEST_GUILESS_MAIN(TaxRulesTest)
#include "taxrules_test.moc"
