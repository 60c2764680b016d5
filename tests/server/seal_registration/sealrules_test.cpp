// The 印鑑登録 rules (server/seal_registration/sealrules.h), one table per rule, the rows taken
// from the 印鑑登録証明事務処理要領 as the town's data (resources/seal_registration/rules.json) has
// it: 15歳以上, not an adult ward, one seal per person, the impression's text from the register's
// names, the 8 mm / 25 mm squares.
#include "server/seal_registration/sealrules.h"
#include "shared/api/seal_registration/errors.h"
#include "tests/shared/tabletest.h"
#include "shared/core/age.h"

#include <QTest>

using namespace kikan;
using namespace kikan::seal_registration;
using namespace Qt::Literals::StringLiterals;

namespace {
QString codeOf(const std::optional<core::Failure> &f) { return f ? f->code() : QString(); }

party::PartySnapshot person(const QString &family, const QString &given, QDate birth = {1980, 4, 1})
{
    party::PartySnapshot p;
    p.partyNo = 1;
    p.status = u"resident"_s;
    p.familyName = family;
    p.givenName = given;
    p.birthDate = birth;
    return p;
}

const SealRules &rules() { return rulesOn(QDate(2025, 6, 2)); }

// The row's "text" checked for the applicant, who is foreign as the row's "foreign" says.
void verifyImpressionText(Applicant a)
{
    QFETCH(QString, text);
    QFETCH(bool, foreign);
    QFETCH(QString, code);
    a.foreignResident = foreign;
    QCOMPARE(codeOf(impressionTextRefusal(text, a, rules())), code);
}
} // namespace

class SealRulesTest : public QObject
{
    Q_OBJECT
private slots:
    void townDataIsTheGuideline()
    {
        QCOMPARE(rules().minimumAge, 15);
        QCOMPARE(rules().tooSmallSideMm, 8.0);
        QCOMPARE(rules().tooLargeSideMm, 25.0);
        QVERIFY(rules().nameForms.contains(u"{family}{given}"_s));
    }

    void newestEditionNotAfterTheDateDecides()
    {
        const QList<SealRules> editions = parseRules(
            R"({"editions":[{"from":"2030-04-01","minimumAge":16,"impression":{"tooLargeSideMm":24}},
                            {"from":"1974-02-01","minimumAge":15}]})");
        QCOMPARE(editions.size(), 2);
        QCOMPARE(editions[0].from, QDate(1974, 2, 1)); // sorted by date
        QCOMPARE(editions[1].minimumAge, 16);
        QCOMPARE(editions[1].tooLargeSideMm, 24.0);
        QCOMPARE(editions[1].tooSmallSideMm, 8.0);
    }

    void ageOnDate_data()
    {
        test::addColumns<QDate, QDate, int>({"birth", "on", "age"});
        QTest::newRow("two days before the 15th birthday") << QDate(2010, 6, 3) << QDate(2025, 6, 1) << 14;
        QTest::newRow("the day before the 15th birthday") << QDate(2010, 6, 2) << QDate(2025, 6, 1) << 15;
        QTest::newRow("the 15th birthday") << QDate(2010, 6, 2) << QDate(2025, 6, 2) << 15;
        QTest::newRow("29 Feb, common year, 27 Feb") << QDate(2008, 2, 29) << QDate(2023, 2, 27) << 14;
        QTest::newRow("29 Feb, common year, 28 Feb") << QDate(2008, 2, 29) << QDate(2023, 2, 28) << 15;
        QTest::newRow("29 Feb, leap year, 28 Feb") << QDate(2008, 2, 29) << QDate(2024, 2, 28) << 16;
        QTest::newRow("31 Dec born, 30 Dec next year") << QDate(1999, 12, 31) << QDate(2000, 12, 30) << 1;
    }
    void ageOnDate()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, on);
        QFETCH(int, age);
        QCOMPARE(core::legalAge(birth, on), age);
    }

    void eligibility_data()
    {
        test::addColumns<QDate, QString, bool, QString>({"birth", "status", "adultWard", "code"});
        const QString none;
        QTest::newRow("15 today") << QDate(2010, 6, 2) << u"resident"_s << false << none;
        QTest::newRow("15th birthday tomorrow: 15 today") << QDate(2010, 6, 3) << u"resident"_s
                                                         << false << none;
        QTest::newRow("15th birthday in two days") << QDate(2010, 6, 4) << u"resident"_s << false
                                                   << QString(api::err::SealUnderAge);
        QTest::newRow("adult") << QDate(1970, 1, 1) << u"resident"_s << false << none;
        QTest::newRow("adult ward") << QDate(1970, 1, 1) << u"resident"_s << true
                                    << QString(api::err::SealAdultWard);
        QTest::newRow("moved out") << QDate(1970, 1, 1) << u"moved_out"_s << false
                                   << QString(api::err::SealNotResident);
        QTest::newRow("deceased") << QDate(1970, 1, 1) << u"deceased"_s << false
                                  << QString(api::err::SealNotResident);
        QTest::newRow("no birth date") << QDate() << u"resident"_s << false
                                       << QString(api::err::SealUnderAge);
    }
    void eligibility()
    {
        QFETCH(QDate, birth);
        QFETCH(QString, status);
        QFETCH(bool, adultWard);
        QFETCH(QString, code);
        Applicant a{person(u"山田"_s, u"太郎"_s, birth), adultWard, false};
        a.person.status = status;
        QCOMPARE(codeOf(eligibilityRefusal(a, QDate(2025, 6, 2), rules())), code);
    }

    void oneSealPerPerson()
    {
        QCOMPARE(codeOf(duplicateRefusal(true)), QString(api::err::SealAlreadyRegistered));
        QVERIFY(!duplicateRefusal(false));
    }

    void impressionText_data()
    {
        test::addColumns<QString, bool, QString>({"text", "foreign", "code"});
        const QString none;
        const QString mismatch(api::err::SealNameMismatch);
        QTest::newRow("氏名") << u"山田太郎"_s << false << none;
        QTest::newRow("氏名 with a space") << u"山田　太郎"_s << false << none;
        QTest::newRow("氏") << u"山田"_s << false << none;
        QTest::newRow("名") << u"太郎"_s << false << none;
        QTest::newRow("旧氏") << u"佐藤"_s << false << none;
        QTest::newRow("旧氏＋名") << u"佐藤太郎"_s << false << none;
        QTest::newRow("氏＋名の一字") << u"山田太"_s << false << none;
        QTest::newRow("another name") << u"田中"_s << false << mismatch;
        QTest::newRow("name and more") << u"山田商店"_s << false << mismatch;
        QTest::newRow("empty") << u""_s << false << mismatch;
        QTest::newRow("旧氏 with another 名") << u"佐藤花子"_s << false << mismatch;
    }
    void impressionText()
    {
        Applicant a{person(u"山田"_s, u"太郎"_s)};
        a.person.formerFamilyName = u"佐藤"_s;
        verifyImpressionText(a);
    }

    void foreignResidentNames_data()
    {
        test::addColumns<QString, bool, QString>({"text", "foreign", "code"});
        const QString none;
        const QString mismatch(api::err::SealNameMismatch);
        QTest::newRow("full name") << u"SMITH JOHN PAUL"_s << true << none;
        QTest::newRow("通称") << u"スミス"_s << true << none;
        QTest::newRow("initials with dots") << u"S.J.P."_s << true << none;
        QTest::newRow("full-width initials") << u"ＳＪＰ"_s << true << none;
        QTest::newRow("氏＋名の頭文字") << u"SMITH JP"_s << true << none;
        QTest::newRow("頭文字＋名") << u"S JOHN PAUL"_s << true << none;
        QTest::newRow("initials out of order") << u"JPS"_s << true << mismatch;
        QTest::newRow("initials for someone not foreign") << u"SJP"_s << false << mismatch;
    }
    void foreignResidentNames()
    {
        Applicant a{person(u"SMITH"_s, u"JOHN PAUL"_s)};
        a.person.alias = u"スミス"_s;
        QVERIFY(looksForeign(a.person));
        verifyImpressionText(a);
    }

    void looksForeignReadsTheRegister()
    {
        QVERIFY(!looksForeign(person(u"山田"_s, u"太郎"_s)));
        QVERIFY(looksForeign(person(u"GARCIA"_s, u"MARIA"_s)));
        party::PartySnapshot aliasOnly = person(u"金"_s, u"英姫"_s);
        aliasOnly.alias = u"金田英子"_s;
        QVERIFY(looksForeign(aliasOnly));
    }

    void size_data()
    {
        test::addColumns<double, double, QString>({"width", "height", "code"});
        const QString none;
        const QString small(api::err::SealTooSmall);
        const QString large(api::err::SealTooLarge);
        QTest::newRow("exactly 8 mm square: fits, too small") << 8.0 << 8.0 << small;
        QTest::newRow("7.9 mm round") << 7.9 << 7.9 << small;
        QTest::newRow("8.1 mm wide, 7 mm high") << 8.1 << 7.0 << none;
        QTest::newRow("7 mm wide, 8.1 mm high") << 7.0 << 8.1 << none;
        QTest::newRow("15 mm round") << 15.0 << 15.0 << none;
        QTest::newRow("exactly 25 mm square: fits") << 25.0 << 25.0 << none;
        QTest::newRow("25.1 mm wide") << 25.1 << 10.0 << large;
        QTest::newRow("25.1 mm high") << 10.0 << 25.1 << large;
    }
    void size()
    {
        QFETCH(double, width);
        QFETCH(double, height);
        QFETCH(QString, code);
        const auto refusal = sizeRefusal({width, height}, rules());
        QCOMPARE(codeOf(refusal), code);
        if (refusal)
            QVERIFY(refusal->detail().contains(u"mm"_s));
    }

    void inspection()
    {
        QVERIFY(!inspectionRefusal({}));
        QCOMPARE(codeOf(inspectionRefusal({.deformable = true})), QString(api::err::SealUnsuitable));
        QCOMPARE(codeOf(inspectionRefusal({.worn = true})), QString(api::err::SealUnsuitable));
    }
};

QTEST_GUILESS_MAIN(SealRulesTest)
#include "sealrules_test.moc"
