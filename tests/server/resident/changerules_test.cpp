// The rules of the 異動 (server/resident/changerules.h), table by table from 住民基本台帳法: the
// 届出 dates (第22条〜第25条, 第24条 転出予定), the state each kind accepts, 出生・死亡 (令第12条
// 第2項), 外国人住民 (第30条の50) and the household (第25条: one 世帯主; 世帯分離・合併). Pure
// functions: no server, no database; the 処理日 is given.
#include "server/core/failure.h"
#include "server/resident/changerules.h"
#include "shared/api/errorcode.h"
#include "shared/api/resident/errors.h"
#include "tests/shared/tabletest.h"

#include <QtTest>

using namespace kikan;
using namespace kikan::resident;

namespace {
// What a rule refused: "code field" (request.validation names it in "fields", resident.state in
// "field"), or "" when it accepted.
template <class Rule>
QString refusalOf(Rule rule)
{
    try {
        rule();
    } catch (const core::Failure &f) {
        const QString field = f.code() == QLatin1String(api::err::Validation)
                                  ? f.field()
                                  : f.extra().value(QStringLiteral("field")).toString();
        return f.code() + QLatin1Char(' ') + field;
    }
    return {};
}

// The Japanese message of a rule's refusal, or "" when it accepted.
template <class Rule>
QString messageOf(Rule rule)
{
    try {
        rule();
    } catch (const core::Failure &f) {
        return f.detail();
    }
    return {};
}

QString refusalText(const char *code, const char *field)
{
    return QLatin1String(code) + QLatin1Char(' ') + QLatin1String(field);
}
QString invalid(const char *field) { return refusalText(api::err::Validation, field); }
QString stateOf(const char *field) { return refusalText(api::err::ResidentState, field); }

ChangeKindInfo kind(const QString &code, bool notified)
{
    return {code, {}, {}, notified, {}};
}

ResidentRecord member(qint64 partyNo, const char *relationship, qint64 householdNo = 1)
{
    ResidentRecord r;
    r.partyNo = partyNo;
    r.relationshipCode = QLatin1String(relationship);
    r.householdNo = householdNo;
    r.townAreaCode = QStringLiteral("0001");
    r.addressNumber = QStringLiteral("1-2");
    return r;
}
const QDate kToday(2025, 6, 2); // 処理日
} // namespace

class ChangeRulesTest : public QObject
{
    Q_OBJECT
private slots:
    void notificationDates_data();
    void notificationDates();
    void lateNotificationIsAcceptedWithAWarning();
    void aKindMustExistOnTheEffectiveDate();
    void cancellationAndCorrectionAreDatedOnTheProcessingDay_data();
    void cancellationAndCorrectionAreDatedOnTheProcessingDay();
    void aNewStateStartsNoEarlierThanTheLatest();
    void onlyResidentsChange_data();
    void onlyResidentsChange();
    void reentryIsForFormerResidentsAlive_data();
    void reentryIsForFormerResidentsAlive();
    void foreignResidentUpdateNeedsAForeignResident();
    void membersOfTheHouseholdOnly();
    void personsOfAMoveIn();
    void birthIsOnTheBirthDateAndNotTheHouseholder();
    void deathIsAfterBirthAndTheDeadKeepTheirRelationship();
    void foreignResidentItemsAndStayExpiry();
    void addresses();
    void oneHouseholderPerHouseholdWithMembers_data();
    void oneHouseholderPerHouseholdWithMembers();
    void newHouseholderIsAnotherMember();
    void splitMovesSomeButNotAllMembers_data();
    void splitMovesSomeButNotAllMembers();
    void mergeJoinsAnotherHouseholdAtTheSameAddress();
};

// 法第22条〜第25条: 異動日 ≤ 届出日 ≤ 処理日; 法第24条: a 転出 may be notified before it happens
// (転出予定日, up to moveOutAdvanceDays = 30); 職権 kinds: 異動日 ≤ 処理日, no 届出日.
void ChangeRulesTest::notificationDates_data()
{
    kikan::test::addColumns<QString, bool, QDate, QDate, QString, int>(
        {"kindCode", "notified", "effective", "notifiedOn", "refusal", "warnings"});
    const QDate none;
    QTest::newRow("転入 届出 the same day") << "move_in" << true << kToday << kToday << "" << 0;
    QTest::newRow("転入 異動日 after 届出日") << "move_in" << true << QDate(2025, 5, 30)
                                        << QDate(2025, 5, 29) << invalid("effectiveDate") << 0;
    QTest::newRow("届出日 after 処理日") << "move_in" << true << QDate(2025, 6, 3)
                                   << QDate(2025, 6, 3) << invalid("notifiedDate") << 0;
    QTest::newRow("14日以内: on the 14th day") << "move_in" << true << QDate(2025, 5, 19)
                                           << kToday << "" << 0;
    QTest::newRow("15 days: late") << "move_in" << true << QDate(2025, 5, 18) << kToday << ""
                                   << 1;
    QTest::newRow("32 days: late") << "move_in" << true << QDate(2025, 5, 1) << kToday << ""
                                   << 1;
    QTest::newRow("転出 after the fact") << "move_out" << true << QDate(2025, 5, 31) << kToday
                                    << "" << 0;
    QTest::newRow("転出予定 30 days ahead") << "move_out" << true << QDate(2025, 7, 2) << kToday
                                       << "" << 0;
    QTest::newRow("転出予定 31 days ahead") << "move_out" << true << QDate(2025, 7, 3) << kToday
                                       << invalid("effectiveDate") << 0;
    QTest::newRow("転出 届出日 after 処理日") << "move_out" << true << QDate(2025, 6, 10)
                                       << QDate(2025, 6, 3) << invalid("notifiedDate") << 0;
    QTest::newRow("職権 on the 処理日") << "official_correction" << false << kToday << none << ""
                                  << 0;
    QTest::newRow("職権 long ago: no period") << "official_removal" << false << QDate(2024, 1, 1)
                                          << none << "" << 0;
    QTest::newRow("職権 after the 処理日") << "official_entry" << false << QDate(2025, 6, 3)
                                     << none << invalid("effectiveDate") << 0;
}

void ChangeRulesTest::notificationDates()
{
    QFETCH(QString, kindCode);
    QFETCH(bool, notified);
    QFETCH(QDate, effective);
    QFETCH(QDate, notifiedOn);
    QFETCH(QString, refusal);
    QFETCH(int, warnings);
    const CodeEdition codes;
    const ChangeKindInfo k = kind(kindCode, notified);
    QStringList given;
    QCOMPARE(refusalOf([&] { given = checkChangeDates(codes, k, effective, notifiedOn, kToday); }),
             refusal);
    QCOMPARE(given.size(), warnings);
}

void ChangeRulesTest::lateNotificationIsAcceptedWithAWarning()
{
    const QStringList w = checkChangeDates(CodeEdition(), kind(QStringLiteral("move_in"), true),
                                           QDate(2025, 5, 18), kToday, kToday);
    QCOMPARE(w, QStringList{QStringLiteral("届出期間（異動日から14日以内）を過ぎた届出です（15日後）。"
                                           "法第52条の通知の要否を確認してください。")});
}

void ChangeRulesTest::aKindMustExistOnTheEffectiveDate()
{
    CodeEdition codes;
    codes.changeKinds << kind(QStringLiteral("move_in"), true);
    QCOMPARE(changeKindOn(codes, QStringLiteral("move_in")).code, QStringLiteral("move_in"));
    QCOMPARE(refusalOf([&] { changeKindOn(codes, QStringLiteral("birth")); }),
             invalid("effectiveDate"));
}

void ChangeRulesTest::cancellationAndCorrectionAreDatedOnTheProcessingDay_data()
{
    kikan::test::addColumns<QString, QDate>({"kindCode", "expected"});
    QTest::newRow("転出取消") << "move_out_cancel" << kToday;
    QTest::newRow("訂正") << "correction" << kToday;
    QTest::newRow("転入: given by the 届出") << "move_in" << QDate();
    QTest::newRow("職権修正: given by the staff") << "official_correction" << QDate();
}

void ChangeRulesTest::cancellationAndCorrectionAreDatedOnTheProcessingDay()
{
    QFETCH(QString, kindCode);
    QFETCH(QDate, expected);
    QCOMPARE(defaultEffectiveDate(kindCode, kToday).value_or(QDate()), expected);
}

void ChangeRulesTest::aNewStateStartsNoEarlierThanTheLatest()
{
    QCOMPARE(refusalOf([] { checkNotBeforeLatest(7, QDate(2025, 5, 10), QDate(2025, 5, 9)); }),
             invalid("effectiveDate"));
    QCOMPARE(refusalOf([] { checkNotBeforeLatest(7, QDate(2025, 5, 10), QDate(2025, 5, 10)); }),
             QString());
}

void ChangeRulesTest::onlyResidentsChange_data()
{
    kikan::test::addColumns<int, QString, QString>({"status", "refusal", "message"});
    QTest::newRow("住民") << int(ResidentStatus::Resident) << "" << "";
    QTest::newRow("転出: 転出 twice") << int(ResidentStatus::MovedOut) << stateOf("partyNos[0]")
                                 << "2025年5月31日 付けですでに転出しています。";
    QTest::newRow("死亡") << int(ResidentStatus::Deceased) << stateOf("partyNos[0]")
                        << "2025年5月31日 に死亡しています。";
    QTest::newRow("消除") << int(ResidentStatus::Removed) << stateOf("partyNos[0]")
                        << "2025年5月31日 付けで消除されています。";
}

void ChangeRulesTest::onlyResidentsChange()
{
    QFETCH(int, status);
    QFETCH(QString, refusal);
    QFETCH(QString, message);
    ResidentRecord r = member(12, "02");
    r.status = ResidentStatus(status);
    r.validFrom = QDate(2025, 5, 31);
    const auto rule = [&] { requireResident(r, QStringLiteral("partyNos[0]")); };
    QCOMPARE(refusalOf(rule), refusal);
    QCOMPARE(messageOf(rule),
             message.isEmpty() ? message : QStringLiteral("宛名番号 12 の人は") + message);
}

// 再転入: a former resident (転出, 消除) keeps the party number; a 住民 or the dead cannot.
void ChangeRulesTest::reentryIsForFormerResidentsAlive_data()
{
    kikan::test::addColumns<int, QString>({"status", "refusal"});
    QTest::newRow("住民") << int(ResidentStatus::Resident) << stateOf("persons[0].partyNo");
    QTest::newRow("死亡") << int(ResidentStatus::Deceased) << stateOf("persons[0].partyNo");
    QTest::newRow("転出") << int(ResidentStatus::MovedOut) << "";
    QTest::newRow("消除") << int(ResidentStatus::Removed) << "";
}

void ChangeRulesTest::reentryIsForFormerResidentsAlive()
{
    QFETCH(int, status);
    QFETCH(QString, refusal);
    ResidentRecord r = member(3, "02");
    r.status = ResidentStatus(status);
    QCOMPARE(refusalOf([&] { requireFormerResident(r, QStringLiteral("persons[0].partyNo")); }),
             refusal);
}

void ChangeRulesTest::foreignResidentUpdateNeedsAForeignResident()
{
    ResidentRecord r = member(3, "02");
    QCOMPARE(refusalOf([&] { requireForeignResident(r); }), stateOf("partyNo"));
    r.kind = ResidentKind::Foreign;
    QCOMPARE(refusalOf([&] { requireForeignResident(r); }), QString());
}

void ChangeRulesTest::membersOfTheHouseholdOnly()
{
    const ResidentRecord r = member(3, "20", 5);
    QCOMPARE(refusalOf([&] { requireMember(r, 5, QStringLiteral("partyNos[0]")); }), QString());
    QCOMPARE(refusalOf([&] { requireMember(r, 6, QStringLiteral("partyNos[0]")); }),
             invalid("partyNos[0]"));
    QCOMPARE(messageOf([&] { requireMember(r, 6, QStringLiteral("partyNo"), false); }),
             QStringLiteral("この世帯の世帯員ではありません。"));
}

// 転入: born by the 異動日; 特例転入 (法第24条の2) with the 個人番号 of the card.
void ChangeRulesTest::personsOfAMoveIn()
{
    ResidentRecord r = member(3, "02");
    r.birthDate = QDate(2025, 5, 21);
    const QString p = QStringLiteral("persons[1]");
    QCOMPARE(refusalOf([&] { checkBornBy(r, QDate(2025, 5, 20), p); }),
             invalid("persons[1].birthDate"));
    QCOMPARE(refusalOf([&] { checkBornBy(r, QDate(2025, 5, 21), p); }), QString());
    QCOMPARE(refusalOf([&] { checkSpecialMoveIn(QStringLiteral("move_in_special"), r, p); }),
             invalid("persons[1].myNumber"));
    QCOMPARE(refusalOf([&] { checkSpecialMoveIn(QStringLiteral("move_in"), r, p); }), QString());
    r.myNumber = QStringLiteral("123456789018");
    QCOMPARE(refusalOf([&] { checkSpecialMoveIn(QStringLiteral("move_in_special"), r, p); }),
             QString());
}

void ChangeRulesTest::birthIsOnTheBirthDateAndNotTheHouseholder()
{
    ResidentRecord child = member(9, "20");
    child.birthDate = QDate(2025, 5, 1);
    QCOMPARE(refusalOf([&] { checkBirth(child, QDate(2025, 5, 1)); }), QString());
    QCOMPARE(refusalOf([&] { checkBirth(child, QDate(2025, 5, 2)); }),
             invalid("person.birthDate"));
    child.relationshipCode = QStringLiteral("02");
    QCOMPARE(refusalOf([&] { checkBirth(child, QDate(2025, 5, 1)); }),
             invalid("person.relationshipCode"));
}

void ChangeRulesTest::deathIsAfterBirthAndTheDeadKeepTheirRelationship()
{
    ResidentRecord r = member(9, "02");
    r.birthDate = QDate(1970, 1, 1);
    QCOMPARE(refusalOf([&] { checkDeathDate(r, QDate(1969, 12, 31)); }), invalid("effectiveDate"));
    QCOMPARE(refusalOf([&] { checkDeathDate(r, QDate(1970, 1, 1)); }), QString());
    QCOMPARE(refusalOf([] { checkNotRestated(9, {10, 9}); }), invalid("relationships"));
    QCOMPARE(refusalOf([] { checkNotRestated(9, {10, 11}); }), QString());
}

// 法第30条の50: the 在留 items only; the 満了日 not before the 異動日.
void ChangeRulesTest::foreignResidentItemsAndStayExpiry()
{
    for (const char *item : {"residenceStatus", "periodOfStay", "stayExpiryDate",
                             "residenceCardNo", "article30_45Class", "nationality"})
        QVERIFY2(isForeignResidentItem(QLatin1String(item)), item);
    QVERIFY(!isForeignResidentItem(QStringLiteral("givenName")));
    QVERIFY(!isForeignResidentItem(QStringLiteral("birthDate")));
    ResidentRecord r = member(4, "02");
    QCOMPARE(refusalOf([&] { checkStayExpiry(r, kToday); }), QString()); // none recorded
    r.stayExpiryDate = kToday.addDays(-1);
    QCOMPARE(refusalOf([&] { checkStayExpiry(r, kToday); }), invalid("fields.stayExpiryDate"));
    r.stayExpiryDate = kToday;
    QCOMPARE(refusalOf([&] { checkStayExpiry(r, kToday); }), QString());
}

void ChangeRulesTest::addresses()
{
    ResidentRecord a = member(1, "02");
    ResidentRecord b = member(2, "12");
    b.postalCode = QStringLiteral("279-0001"); // not part of the address compared
    QVERIFY(sameAddress(a, b));
    QCOMPARE(refusalOf([&] { checkJoinedAddress(a, b); }), QString());
    QCOMPARE(refusalOf([&] { checkNewAddress(a, b); }), invalid("address"));
    b.addressSupplement = QStringLiteral("201号室");
    QVERIFY(!sameAddress(a, b));
    QCOMPARE(refusalOf([&] { checkJoinedAddress(a, b); }), invalid("address"));
    QCOMPARE(refusalOf([&] { checkNewAddress(a, b); }), QString());
}

// 法第25条 and 標準仕様書: a household with members has exactly one 世帯主 (続柄 02).
void ChangeRulesTest::oneHouseholderPerHouseholdWithMembers_data()
{
    kikan::test::addColumns<QStringList, QString, QString>({"relationships", "refusal", "message"});
    QTest::newRow("empty household (all moved out)") << QStringList{} << "" << "";
    QTest::newRow("世帯主 alone") << QStringList{"02"} << "" << "";
    QTest::newRow("世帯主, 妻, 子") << QStringList{"02", "12", "20"} << "" << "";
    QTest::newRow("no 世帯主 (the 世帯主 died)")
        << QStringList{"12", "20"} << invalid("householder")
        << "世帯番号 8 の世帯に世帯主がいなくなります。新しい世帯主と続柄を入力してください。";
    QTest::newRow("two 世帯主") << QStringList{"02", "02"} << invalid("householder")
                             << "世帯番号 8 の世帯に世帯主が2人になります。続柄を見直してください。";
}

void ChangeRulesTest::oneHouseholderPerHouseholdWithMembers()
{
    QFETCH(QStringList, relationships);
    QFETCH(QString, refusal);
    QFETCH(QString, message);
    QList<ResidentRecord> members;
    for (const QString &code : relationships)
        members << member(members.size() + 1, code.toLatin1().constData(), 8);
    QCOMPARE(refusalOf([&] { checkHouseholder(8, members); }), refusal);
    QCOMPARE(messageOf([&] { checkHouseholder(8, members); }), message);
}

void ChangeRulesTest::newHouseholderIsAnotherMember()
{
    QCOMPARE(refusalOf([] { checkNewHouseholder(0, 1); }), invalid("relationships"));
    QCOMPARE(refusalOf([] { checkNewHouseholder(1, 1); }), invalid("relationships"));
    QCOMPARE(refusalOf([] { checkNewHouseholder(2, 1); }), QString());
}

void ChangeRulesTest::splitMovesSomeButNotAllMembers_data()
{
    kikan::test::addColumns<int, int, QString>({"leaving", "members", "refusal"});
    QTest::newRow("nobody named") << 0 << 2 << invalid("partyNos");
    QTest::newRow("one of two") << 1 << 2 << "";
    QTest::newRow("two of three") << 2 << 3 << "";
    QTest::newRow("everyone") << 2 << 2 << invalid("partyNos");
}

void ChangeRulesTest::splitMovesSomeButNotAllMembers()
{
    QFETCH(int, leaving);
    QFETCH(int, members);
    QFETCH(QString, refusal);
    QCOMPARE(refusalOf([&] { checkSplit(leaving, members); }), refusal);
}

void ChangeRulesTest::mergeJoinsAnotherHouseholdAtTheSameAddress()
{
    QCOMPARE(refusalOf([] { checkMergeTarget(4, 4); }), invalid("toHouseholdNo"));
    QCOMPARE(refusalOf([] { checkMergeTarget(4, 5); }), QString());
    const ResidentRecord joining = member(1, "02", 4);
    ResidentRecord target = member(2, "02", 5);
    QCOMPARE(refusalOf([&] { checkMergeMember(joining, target, {1}); }), QString());
    QCOMPARE(refusalOf([&] { checkMergeMember(joining, target, {}); }), invalid("relationships"));
    target.addressNumber = QStringLiteral("9");
    QCOMPARE(refusalOf([&] { checkMergeMember(joining, target, {1}); }),
             invalid("toHouseholdNo"));
}

QTEST_GUILESS_MAIN(ChangeRulesTest)
#include "changerules_test.moc"
