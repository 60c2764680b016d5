// The コンビニ収納 barcode (shared/revenue/conveniencebarcode.h, freefield.h): the check digit from
// REVENUE.md's two recomputed test vectors (GS1 Japan 標準料金代理収納ガイドライン), the fields
// built and read back, and every way a read barcode is refused.
#include "shared/api/revenue/errors.h"
#include "shared/revenue/conveniencebarcode.h"
#include "shared/revenue/conveniencesettings.h"
#include "shared/revenue/freefield.h"
#include "tests/shared/tabletest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace kikan;
using namespace kikan::revenue;

class ConvenienceBarcodeTest : public QObject
{
    Q_OBJECT
private slots:
    void theCheckDigitIsModulus10Weighted31FromTheRight_data()
    {
        kikan::test::addColumns<QString, int>({"digits", "checkDigit"});
        QTest::newRow("REVENUE.md vector 1") << QStringLiteral("9191234501234567890123456789010103310123000") << 3;
        QTest::newRow("REVENUE.md vector 2") << QStringLiteral("9194238617895391785393569273010307311031290") << 3;
        QTest::newRow("all zeros but AI") << QStringLiteral("9100000000000000000000000000000000000000000") << 2;
        QTest::newRow("42 digits") << QStringLiteral("919123450123456789012345678901010331012300") << -1;
        QTest::newRow("a letter") << QStringLiteral("91912345012345678901234567890101033101230A0") << -1;
    }
    void theCheckDigitIsModulus10Weighted31FromTheRight()
    {
        QFETCH(QString, digits);
        QFETCH(int, checkDigit);
        QCOMPARE(convenienceCheckDigit(digits), checkDigit);
    }

    void theVectorReadsAsItsFields()
    {
        const auto b = parseConvenienceBarcode(QStringLiteral("91912345012345678901234567890101033101230003"));
        QVERIFY2(b.ok(), qPrintable(b.errorCode()));
        QCOMPARE(b->companyCode, QStringLiteral("912345"));
        QCOMPARE(b->freeField, QStringLiteral("012345678901234567890"));
        QCOMPARE(b->reissue, 1);
        QCOMPARE(b->payBy, QDate(2001, 3, 31));
        QCOMPARE(b->stampFlag, 0);
        QCOMPARE(b->amount, core::Money::ofYen(123000));
    }

    void builtFieldsReadBackTheSame_data()
    {
        kikan::test::addColumns<QDate, qint64>({"payBy", "yen"});
        QTest::newRow("納期限 and amount") << QDate(2026, 6, 1) << qint64(10800);
        QTest::newRow("no 支払期限 (999999)") << QDate() << qint64(2000);
        QTest::newRow("zero") << QDate(2026, 5, 31) << qint64(0);
        QTest::newRow("the largest amount") << QDate(2099, 12, 31) << qint64(999999);
    }
    void builtFieldsReadBackTheSame()
    {
        QFETCH(QDate, payBy);
        QFETCH(qint64, yen);
        const ConvenienceBarcode b{QStringLiteral("912345"), QStringLiteral("000000000012345202601"),
                                   0, payBy, 0, core::Money::ofYen(yen)};
        const auto text = buildConvenienceBarcode(b);
        QVERIFY2(text.ok(), qPrintable(text.errorCode()));
        QCOMPARE(text->size(), 44);
        QVERIFY(text->startsWith(QLatin1String("91912345")));
        if (!payBy.isValid())
            QCOMPARE(text->mid(30, 6), QStringLiteral("999999"));
        const auto back = parseConvenienceBarcode(*text);
        QVERIFY2(back.ok(), qPrintable(back.errorCode()));
        QCOMPARE(*back, b);
    }

    void prefixesOfPrintedAndFiledFormsAreAccepted_data()
    {
        kikan::test::addColumns<QString>({"text"});
        QTest::newRow("(91) as printed under the bars") << QStringLiteral("(91)912345012345678901234567890101033101230003");
        QTest::newRow("EAN in a result file") << QStringLiteral("EAN91912345012345678901234567890101033101230003");
        QTest::newRow("spaces around") << QStringLiteral(" 91912345012345678901234567890101033101230003 ");
    }
    void prefixesOfPrintedAndFiledFormsAreAccepted()
    {
        QFETCH(QString, text);
        QVERIFY(parseConvenienceBarcode(text).ok());
    }

    void aBadBarcodeIsRefusedWithItsReason_data()
    {
        kikan::test::addColumns<QString, QString>({"text", "code"});
        QTest::newRow("43 digits") << QStringLiteral("9191234501234567890123456789010103310123000") << api::err::RevenueBarcodeLength;
        QTest::newRow("45 digits") << QStringLiteral("919123450123456789012345678901010331012300030") << api::err::RevenueBarcodeLength;
        QTest::newRow("a letter") << QStringLiteral("9191234501234567890123456789010103310123000X") << api::err::RevenueBarcodeDigits;
        QTest::newRow("empty") << QString() << api::err::RevenueBarcodeLength;
        QTest::newRow("wrong check digit") << QStringLiteral("91912345012345678901234567890101033101230004") << api::err::RevenueBarcodeCheckDigit;
        QTest::newRow("one amount digit changed") << QStringLiteral("91912345012345678901234567890101033101231003") << api::err::RevenueBarcodeCheckDigit;
        QTest::newRow("not AI 91") << QStringLiteral("92912345012345678901234567890101033101230002") << api::err::RevenueBarcodeField;
        QTest::newRow("支払期限 not a date") << QStringLiteral("91912345012345678901234567890101399101230000") << api::err::RevenueBarcodeField;
    }
    void aBadBarcodeIsRefusedWithItsReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto b = parseConvenienceBarcode(text);
        QVERIFY(!b.ok());
        QCOMPARE(b.errorCode(), code);
        QVERIFY(!b.error().message.isEmpty());
    }

    void fieldsOutOfRangeAreNotBuilt_data()
    {
        kikan::test::addColumns<QString, QString, int, qint64>({"company", "free", "reissue", "yen"});
        QTest::newRow("company 5 digits") << QStringLiteral("91234") << QString(21, QLatin1Char('0')) << 0 << qint64(1);
        QTest::newRow("free 20 digits") << QStringLiteral("912345") << QString(20, QLatin1Char('0')) << 0 << qint64(1);
        QTest::newRow("再発行区分 10") << QStringLiteral("912345") << QString(21, QLatin1Char('0')) << 10 << qint64(1);
        QTest::newRow("1,000,000円") << QStringLiteral("912345") << QString(21, QLatin1Char('0')) << 0 << qint64(1000000);
        QTest::newRow("negative") << QStringLiteral("912345") << QString(21, QLatin1Char('0')) << 0 << qint64(-1);
    }
    void fieldsOutOfRangeAreNotBuilt()
    {
        QFETCH(QString, company);
        QFETCH(QString, free);
        QFETCH(int, reissue);
        QFETCH(qint64, yen);
        const auto text = buildConvenienceBarcode(
            {company, free, reissue, QDate(2026, 6, 1), 0, core::Money::ofYen(yen)});
        QCOMPARE(text.errorCode(), QString::fromLatin1(api::err::RevenueBarcodeField));
    }

    void theFreeFieldIsLaidOutByData()
    {
        const QJsonArray parts{QJsonObject{{"name", "noticeNo"}, {"digits", 15}},
                               QJsonObject{{"name", "fiscalYear"}, {"digits", 4}},
                               QJsonObject{{"name", "installment"}, {"digits", 2}}};
        const auto layout = FreeFieldLayout::fromJson(parts);
        QVERIFY(layout.ok());
        const auto free = layout->compose({{"noticeNo", "1234567"}, {"fiscalYear", "2026"},
                                           {"installment", "1"}});
        QVERIFY(free.ok());
        QCOMPARE(*free, QStringLiteral("000000001234567202601"));
        const auto back = layout->split(*free);
        QCOMPARE(back.value("noticeNo"), QStringLiteral("000000001234567"));
        QCOMPARE(back.value("installment"), QStringLiteral("01"));
        QCOMPARE(normalizedNoticeNo(back.value("noticeNo")), QStringLiteral("1234567"));
        QCOMPARE(layout->compose({{"installment", "123"}}).errorCode(), QString::fromLatin1(api::err::RevenueBarcodeField));
        QCOMPARE(layout->compose({{"noticeNo", "12-3"}}).errorCode(), QString::fromLatin1(api::err::RevenueBarcodeField));
    }

    void aLayoutNotOf21DigitsIsRefused()
    {
        const QJsonArray parts{QJsonObject{{"name", "noticeNo"}, {"digits", 20}}};
        QCOMPARE(FreeFieldLayout::fromJson(parts).errorCode(), QStringLiteral("revenue.barcode_layout"));
        QCOMPARE(FreeFieldLayout::fromJson({QJsonObject{{"digits", 21}}}).errorCode(),
                 QStringLiteral("revenue.barcode_layout"));
    }

    void aSlipsBarcodeCarriesItsFactsUnderTheTownsSettings()
    {
        const ConvenienceSettings &settings = convenienceSettings();
        QCOMPARE(settings.companyCode, QStringLiteral("912345"));
        const SlipFacts slip{QStringLiteral("2026000123"), 2026, 1, QDate(2026, 6, 1),
                             core::Money::ofYen(10800), 0};
        const auto text = slipBarcode(settings, slip);
        QVERIFY(text.ok() && text->has_value());
        // 91 | 912345 | 000002026000123 2026 01 | 0 | 260601 | 0 | 010800 | CD
        QCOMPARE(**text, QStringLiteral("91912345000002026000123202601026060100108001"));
        const auto back = parseConvenienceBarcode(**text);
        QVERIFY(back.ok());
        const SlipFacts read = slipFactsOf(settings, *back);
        QCOMPARE(read.noticeNo, slip.noticeNo);
        QCOMPARE(read.fiscalYear, 2026);
        QCOMPARE(read.installment, 1);
        QCOMPARE(read.dueDate, slip.dueDate);
        QCOMPARE(read.amount, slip.amount);
        // Above the contract's cap the slip carries no barcode.
        SlipFacts large = slip;
        large.amount = settings.amountCap + core::Money::ofYen(1);
        const auto none = slipBarcode(settings, large);
        QVERIFY(none.ok() && !none->has_value());
        // A 通知書番号 longer than its field cannot be carried.
        SlipFacts longNo = slip;
        longNo.noticeNo = QString(16, QLatin1Char('1'));
        QCOMPARE(slipBarcode(settings, longNo).errorCode(),
                 QString::fromLatin1(api::err::RevenueBarcodeField));
    }

    void leadingZerosOfANoticeNumberDoNotMatter()
    {
        QCOMPARE(normalizedNoticeNo(QStringLiteral("000120")), QStringLiteral("120"));
        QCOMPARE(normalizedNoticeNo(QStringLiteral("0000")), QStringLiteral("0"));
        QCOMPARE(normalizedNoticeNo(QStringLiteral("R8-001")), QStringLiteral("R8-001"));
    }
};

QTEST_APPLESS_MAIN(ConvenienceBarcodeTest)
#include "conveniencebarcode_test.moc"
