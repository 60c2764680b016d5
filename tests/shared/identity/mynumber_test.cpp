// 個人番号: check digit (施行令 第8条, FORMATS.md worked example), parsing, masking and
// maskMyNumbers for audit logs.
#include "shared/identity/digitinput.h"
#include "shared/identity/mynumber.h"

#include "tests/shared/tabletest.h"

#include <QtTest>

using kikan::identity::MyNumber;
namespace err = kikan::identity::err;

class MyNumberTest : public QObject {
    Q_OBJECT
private slots:
    void checkDigit_data();
    void checkDigit();
    void checkDigitRejectsBadBase();
    void parsesValid_data();
    void parsesValid();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void maskedShowsLastFourOnly();
    void debugOutputIsMasked();
    void maskMyNumbers_data();
    void maskMyNumbers();
};

void MyNumberTest::checkDigit_data()
{
    kikan::test::addColumns<QString, int>({"base", "cd"});
    QTest::newRow("FORMATS.md worked example") << u"12345678901"_qs << 8;
    QTest::newRow("r = 0 gives 0 (all zero)") << u"00000000000"_qs << 0;
    QTest::newRow("r = 0 gives 0") << u"00012393192"_qs << 0;
    QTest::newRow("r = 1 gives 0") << u"20000000000"_qs << 0;
    QTest::newRow("r = 1 gives 0 (mixed)") << u"00012369435"_qs << 0;
    QTest::newRow("r = 8") << u"98765432109"_qs << 3;
    QTest::newRow("r = 6") << u"30000000005"_qs << 5;
}

void MyNumberTest::checkDigit()
{
    QFETCH(QString, base);
    QFETCH(int, cd);
    QCOMPARE(MyNumber::checkDigit(base), cd);
    QVERIFY(MyNumber::parse(base + QString::number(cd)).ok());
}

void MyNumberTest::checkDigitRejectsBadBase()
{
    QCOMPARE(MyNumber::checkDigit(u"1234567890"), -1);
    QCOMPARE(MyNumber::checkDigit(u"123456789012"), -1);
    QCOMPARE(MyNumber::checkDigit(u"1234567890A"), -1);
    QCOMPARE(MyNumber::checkDigit(u"１２３４５６７８９０１"), -1); // parse() normalises, not this
}

void MyNumberTest::parsesValid_data()
{
    kikan::test::addTextRows({"text"}, {
        {"plain", {u"123456789018"_qs}},
        {"full-width", {u"１２３４５６７８９０１８"_qs}},
        {"card grouping with spaces", {u"1234 5678 9018"_qs}},
        {"hyphens", {u"1234-5678-9018"_qs}},
        {"full-width space and hyphen", {u"１２３４　５６７８－９０１８"_qs}},
        {"surrounding blanks", {u"  123456789018\n"_qs}},
    });
}

void MyNumberTest::parsesValid()
{
    QFETCH(QString, text);
    const auto n = MyNumber::parse(text);
    QVERIFY2(n.ok(), qPrintable(n.errorCode()));
    QCOMPARE(n->clearText(), u"123456789018"_qs);
}

void MyNumberTest::rejectsInvalid_data()
{
    kikan::test::addRejectRows({
        {"empty", {QString(), QString(err::Empty)}},
        {"blank", {u"　 "_qs, QString(err::Empty)}},
        {"11 digits", {u"12345678901"_qs, QString(err::WrongLength)}},
        {"13 digits", {u"1234567890180"_qs, QString(err::WrongLength)}},
        {"letter", {u"12345678901A"_qs, QString(err::NotDigits)}},
        {"letter O for zero", {u"123456789O18"_qs, QString(err::NotDigits)}},
        {"dot", {u"1234.5678.9018"_qs, QString(err::NotDigits)}},
        {"kanji digits", {u"一二三四五六七八九〇一八"_qs, QString(err::NotDigits)}},
        {"wrong check digit", {u"123456789017"_qs, QString(err::CheckDigit)}},
        {"swapped digits", {u"213456789018"_qs, QString(err::CheckDigit)}},
        {"full-width wrong check digit", {u"１２３４５６７８９０１９"_qs, QString(err::CheckDigit)}},
    });
}

void MyNumberTest::rejectsInvalid()
{
    kikan::test::verifyRejects(&MyNumber::parse, u"個人番号"_qs);
}

void MyNumberTest::maskedShowsLastFourOnly()
{
    QCOMPARE(MyNumber::parse(u"123456789018"_qs)->masked(), u"********9018"_qs);
}

void MyNumberTest::debugOutputIsMasked()
{
    QString out;
    QDebug(&out) << *MyNumber::parse(u"123456789018"_qs);
    QCOMPARE(out.trimmed(), u"MyNumber(********9018)"_qs);
    QVERIFY(!out.contains(u"12345678"_qs));
}

void MyNumberTest::maskMyNumbers_data()
{
    kikan::test::addTextRows({"text", "masked"}, {
        {"alone", {u"123456789018"_qs, u"********9018"_qs}},
        {"in a sentence", {u"個人番号123456789018を照会"_qs, u"個人番号********9018を照会"_qs}},
        {"two numbers",
         {u"a=123456789018, b=000000000000."_qs, u"a=********9018, b=********0000."_qs}},
        {"grouped", {u"番号: 1234 5678 9018"_qs, u"番号: ********9018"_qs}},
        {"hyphenated", {u"(1234-5678-9018)"_qs, u"(********9018)"_qs}},
        {"full-width", {u"１２３４５６７８９０１８"_qs, u"********9018"_qs}},
        {"wrong check digit kept", {u"123456789017"_qs, u"123456789017"_qs}},
        {"13-digit run kept", {u"1123456789018"_qs, u"1123456789018"_qs}},
        {"14-digit run kept", {u"12345678901800"_qs, u"12345678901800"_qs}},
        {"11 digits kept", {u"12345678901"_qs, u"12345678901"_qs}},
        {"corporate number kept", {u"7000012050002"_qs, u"7000012050002"_qs}},
        {"next to letters", {u"ID123456789018X"_qs, u"ID********9018X"_qs}},
        {"no digits", {u"住民票の写し"_qs, u"住民票の写し"_qs}},
        {"empty", {QString(), QString()}},
    });
}

void MyNumberTest::maskMyNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QCOMPARE(kikan::identity::maskMyNumbers(text), masked);
}

QTEST_GUILESS_MAIN(MyNumberTest)
#include "mynumber_test.moc"
