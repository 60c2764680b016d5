// 法人番号: check digit (省令 第2条) confirmed on published numbers, parsing and invalid input.
#include "shared/identity/corporatenumber.h"
#include "shared/identity/digitinput.h"

#include "tests/shared/tabletest.h"

#include <QtTest>

using kikan::identity::CorporateNumber;
namespace err = kikan::identity::err;

class CorporateNumberTest : public QObject {
    Q_OBJECT
private slots:
    void publishedNumbersAreValid_data();
    void publishedNumbersAreValid();
    void checkDigitRejectsBadBase();
    void rejectsInvalid_data();
    void rejectsInvalid();
};

// Numbers published on 国税庁法人番号公表サイト (as quoted in public sources).
void CorporateNumberTest::publishedNumbersAreValid_data()
{
    kikan::test::addTextRows({"number"}, {
        {"国税庁", {u"7000012050002"_qs}},
        {"国立国会図書館", {u"1000011000005"_qs}},
        {"national body 1000012010003", {u"1000012010003"_qs}},
        {"東京都", {u"8000020130001"_qs}},
        {"琴浦町 (FORMATS.md)", {u"2000020313718"_qs}},
        {"日本税理士会連合会", {u"7010705000725"_qs}},
        {"a company (CD 4)", {u"4011001098993"_qs}},
        {"full-width, grouped 1-4-4-4", {u"７　００００－１２０５－０００２"_qs}},
    });
}

void CorporateNumberTest::publishedNumbersAreValid()
{
    QFETCH(QString, number);
    const auto n = CorporateNumber::parse(number);
    QVERIFY2(n.ok(), qPrintable(n.errorCode()));
    QCOMPARE(CorporateNumber::checkDigit(n->base()), n->digits().at(0).digitValue());
    QCOMPARE(n->digits().size(), 13);
}

void CorporateNumberTest::checkDigitRejectsBadBase()
{
    QCOMPARE(CorporateNumber::checkDigit(u"00001205000"), -1);
    QCOMPARE(CorporateNumber::checkDigit(u"0000120500020"), -1);
    QCOMPARE(CorporateNumber::checkDigit(u"00001205000X"), -1);
    // Σ mod 9 = 0 gives 9, never 0: a 法人番号 never starts with 0.
    QCOMPARE(CorporateNumber::checkDigit(u"000000000000"), 9);
}

void CorporateNumberTest::rejectsInvalid_data()
{
    kikan::test::addRejectRows({
        {"empty", {QString(), QString(err::Empty)}},
        {"12 digits (会社法人等番号 alone)", {u"000012050002"_qs, QString(err::WrongLength)}},
        {"14 digits", {u"70000120500020"_qs, QString(err::WrongLength)}},
        {"invoice T prefix", {u"T7000012050002"_qs, QString(err::NotDigits)}},
        {"wrong check digit", {u"6000012050002"_qs, QString(err::CheckDigit)}},
        {"leading zero", {u"0000012050002"_qs, QString(err::CheckDigit)}},
        {"one digit changed", {u"7000012050003"_qs, QString(err::CheckDigit)}},
    });
}

void CorporateNumberTest::rejectsInvalid()
{
    kikan::test::verifyRejects(&CorporateNumber::parse, u"法人番号"_qs);
}

QTEST_GUILESS_MAIN(CorporateNumberTest)
#include "corporatenumber_test.moc"
