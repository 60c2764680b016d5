// The 選挙人名簿 rules (server/electoral_roll/rollrules.h), one table per rule: the 18th birthday on
// the 基準日 and the day after (both registered: the age is reached the day before the birthday),
// the three-month rule across a 転入 (counted from the 転入届's date), the 定時登録 days, 表示 then
// 抹消 four months after a 転出, a dry run listing exactly the additions, every 町字 in one 投票区.
#include "server/electoral_roll/rollrules.h"
#include "tests/shared/tabletest.h"
#include "shared/core/age.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kikan;
using namespace kikan::electoral_roll;

namespace {
const RollRules &rules() { return rulesOn(QDate(2025, 6, 1)); }
const QDate kBase(2025, 6, 1); // 定時登録 of June 2025: 基準日 1 June, 登録 2 June

Elector elector(qint64 partyNo, QDate birth, QDate since = QDate(2000, 1, 1))
{
    Elector e;
    e.partyNo = partyNo;
    e.birthDate = birth;
    e.recordedSince = since;
    return e;
}
} // namespace

class RollRulesTest : public QObject
{
    Q_OBJECT
private slots:
    void townDataIsTheLaw()
    {
        QCOMPARE(rules().votingAge, 18);
        QCOMPARE(rules().residenceMonths, 3);
        QCOMPARE(rules().removalMonthsAfterMoveOut, 4);
        QCOMPARE(rules().periodicMonths, QList<int>({3, 6, 9, 12}));
    }

    void legalAge_data()
    {
        test::addColumns<QDate, QDate, int>({"birth", "on", "age"});
        QTest::newRow("two days before the 18th birthday") << QDate(2007, 6, 3) << QDate(2025, 6, 1) << 17;
        QTest::newRow("the day before the 18th birthday") << QDate(2007, 6, 2) << QDate(2025, 6, 1) << 18;
        QTest::newRow("the 18th birthday") << QDate(2007, 6, 1) << QDate(2025, 6, 1) << 18;
        QTest::newRow("29 Feb, common year, 27 Feb") << QDate(2004, 2, 29) << QDate(2022, 2, 27) << 17;
        QTest::newRow("29 Feb, common year, 28 Feb") << QDate(2004, 2, 29) << QDate(2022, 2, 28) << 18;
        QTest::newRow("29 Feb, leap year, 28 Feb") << QDate(2004, 2, 29) << QDate(2024, 2, 28) << 20;
    }
    void legalAge()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, on);
        QFETCH(int, age);
        QCOMPARE(core::legalAge(birth, on), age);
    }

    void eligibility_data()
    {
        test::addColumns<QDate, QDate, bool, bool, QString>(
            {"birth", "since", "japanese", "resident", "reason"});
        const QDate old(2000, 1, 1);
        QTest::newRow("18th birthday on the 基準日") << QDate(2007, 6, 1) << old << true << true << QString();
        QTest::newRow("18th birthday the day after") << QDate(2007, 6, 2) << old << true << true << QString();
        QTest::newRow("18th birthday two days after") << QDate(2007, 6, 3) << old << true << true
                                                       << QStringLiteral("under_age");
        QTest::newRow("転入届 three months before") << QDate(1980, 1, 1) << QDate(2025, 3, 1) << true
                                                  << true << QString();
        QTest::newRow("転入届 a day later") << QDate(1980, 1, 1) << QDate(2025, 3, 2) << true << true
                                          << QStringLiteral("short_residence");
        QTest::newRow("foreign resident") << QDate(1980, 1, 1) << old << false << true
                                          << QStringLiteral("not_japanese");
        QTest::newRow("moved out") << QDate(1980, 1, 1) << old << true << false
                                   << QStringLiteral("not_resident");
    }
    void eligibility()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, since);
        QFETCH(bool, japanese);
        QFETCH(bool, resident);
        QFETCH(QString, reason);
        Elector e = elector(1, birth, since);
        e.japanese = japanese;
        e.resident = resident;
        QCOMPARE(ineligibleName(ineligibility(e, kBase, rules())), reason);
    }

    void periodicRegistrationDays()
    {
        QCOMPARE(electoral_roll::periodicRegistrationDays(2025, rules()),
                 QList<QDate>({QDate(2025, 3, 2), QDate(2025, 6, 2), QDate(2025, 9, 2),
                               QDate(2025, 12, 2)}));
        QCOMPARE(periodicBaseDateFor(QDate(2025, 6, 2), rules()).value_or(QDate()), kBase);
        QVERIFY(!periodicBaseDateFor(QDate(2025, 7, 2), rules()));
        QVERIFY(!periodicBaseDateFor(QDate(2025, 6, 1), rules()));
    }

    void removalFourMonthsAfterMoveOut_data()
    {
        test::addColumns<QDate, QDate>({"movedOut", "removal"});
        QTest::newRow("10 June") << QDate(2025, 6, 10) << QDate(2025, 10, 11);
        QTest::newRow("31 January") << QDate(2025, 1, 31) << QDate(2025, 6, 1);
        QTest::newRow("30 October, common February") << QDate(2024, 10, 30) << QDate(2025, 3, 1);
        QTest::newRow("31 October, leap February") << QDate(2023, 10, 31) << QDate(2024, 3, 1);
    }
    void removalFourMonthsAfterMoveOut()
    {
        QFETCH(QDate, movedOut);
        QFETCH(QDate, removal);
        QCOMPARE(removalDateAfterMoveOut(movedOut, rules()), removal);
    }

    void dryRunListsExactlyTheAdditions()
    {
        QList<Elector> town{elector(105, QDate(1970, 1, 1)), elector(101, QDate(2007, 6, 2)),
                            elector(102, QDate(2007, 6, 3)),
                            elector(103, QDate(1990, 1, 1), QDate(2025, 4, 1)),
                            elector(104, QDate(1960, 1, 1))};
        town[4].japanese = false;
        // 105 is on the roll already; 101 turns 18 in time; 102 does not; 103 moved in too late.
        QCOMPARE(additions(town, {105}, kBase, rules()), QList<qint64>({101}));
        QCOMPARE(additions(town, {}, kBase, rules()), QList<qint64>({101, 105}));
    }

    void everyTownAreaIsInOnePollingDistrict()
    {
        QFile file(qEnvironmentVariable("KIKAN_SOURCE_DIR")
                   + QStringLiteral("/resources/resident/town-areas.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray areas = QJsonDocument::fromJson(file.readAll()).object()
                                     .value(QStringLiteral("areas")).toArray();
        const PollingDistricts &d = pollingDistricts();
        QCOMPARE(d.districtOfArea.size(), areas.size());
        for (const QJsonValue &a : areas) {
            const QString code = a[QStringLiteral("code")].toString();
            QVERIFY2(d.districtOfArea.contains(code), qPrintable(code));
            QVERIFY(d.names.contains(d.districtOfArea.value(code)));
        }
    }
};

QTEST_GUILESS_MAIN(RollRulesTest)
#include "rollrules_test.moc"
