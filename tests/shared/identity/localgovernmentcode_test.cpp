// 全国地方公共団体コード: check digit confirmed on published codes (総務省 code list as quoted in
// public sources), both edge cases (r = 0 → 1, r = 1 → 0), parsing and invalid input.
#include "shared/identity/digitinput.h"
#include "shared/identity/localgovernmentcode.h"

#include "tests/shared/tabletest.h"

#include <QtTest>

using kikan::identity::LocalGovernmentCode;
namespace err = kikan::identity::err;

class LocalGovernmentCodeTest : public QObject {
    Q_OBJECT
private slots:
    void publishedCodesAreValid_data();
    void publishedCodesAreValid();
    void fromFiveDigitsAddsCheckDigit();
    void rejectsInvalid_data();
    void rejectsInvalid();
};

void LocalGovernmentCodeTest::publishedCodesAreValid_data()
{
    kikan::test::addTextRows({"code"}, {
        {"琴浦町 (FORMATS.md)", {u"313718"_qs}},
        {"千代田区", {u"131016"_qs}},
        {"札幌市", {u"011002"_qs}},
        {"北海道", {u"010006"_qs}},
        {"東京都 (r = 10)", {u"130001"_qs}},
        {"大阪府", {u"270008"_qs}},
        {"沖縄県", {u"470007"_qs}},
        {"新宿区 (r = 0 → 1)", {u"131041"_qs}},
        {"渋谷区 (r = 1 → 0)", {u"131130"_qs}},
        {"小笠原村 (r = 1 → 0)", {u"134210"_qs}},
        {"世田谷区", {u"131121"_qs}},
        {"横浜市", {u"141003"_qs}},
        {"福岡市", {u"401307"_qs}},
        {"佐渡市", {u"152242"_qs}},
        {"沖縄市", {u"472115"_qs}},
        {"奄美市", {u"462225"_qs}},
    });
}

void LocalGovernmentCodeTest::publishedCodesAreValid()
{
    QFETCH(QString, code);
    const auto c = LocalGovernmentCode::parse(code);
    QVERIFY2(c.ok(), qPrintable(c.errorCode()));
    QCOMPARE(c->code(), code);
    QCOMPARE(LocalGovernmentCode::checkDigit(code.left(5)), code.at(5).digitValue());
}

void LocalGovernmentCodeTest::fromFiveDigitsAddsCheckDigit()
{
    const auto c = LocalGovernmentCode::fromFiveDigits(u"31371"_qs);
    QVERIFY(c.ok());
    QCOMPARE(c->code(), u"313718"_qs);
    QCOMPARE(c->fiveDigits(), u"31371"_qs);
    QCOMPARE(c->prefectureCode(), u"31"_qs);
    QCOMPARE(LocalGovernmentCode::fromFiveDigits(u"１３１０４"_qs)->code(), u"131041"_qs);
    QCOMPARE(LocalGovernmentCode::fromFiveDigits(u"313718"_qs).errorCode(),
             QString(err::WrongLength));
    QCOMPARE(LocalGovernmentCode::fromFiveDigits(u"3137X"_qs).errorCode(),
             QString(err::NotDigits));
    QCOMPARE(LocalGovernmentCode::checkDigit(u"3137"), -1);
}

void LocalGovernmentCodeTest::rejectsInvalid_data()
{
    kikan::test::addRejectRows({
        {"empty", {QString(), QString(err::Empty)}},
        {"five digits", {u"31371"_qs, QString(err::WrongLength)}},
        {"seven digits", {u"3137180"_qs, QString(err::WrongLength)}},
        {"letter", {u"31371A"_qs, QString(err::NotDigits)}},
        {"wrong check digit", {u"313717"_qs, QString(err::CheckDigit)}},
        {"r = 0 written as 0", {u"131040"_qs, QString(err::CheckDigit)}},
        {"r = 1 written as 1", {u"131131"_qs, QString(err::CheckDigit)}},
    });
}

void LocalGovernmentCodeTest::rejectsInvalid()
{
    kikan::test::verifyRejects(&LocalGovernmentCode::parse, u"地方公共団体コード"_qs);
}

QTEST_GUILESS_MAIN(LocalGovernmentCodeTest)
#include "localgovernmentcode_test.moc"
