// The rule of 消込 (server/revenue/reconciliationrules.h): what a payment does to what a 調定 owes.
#include "server/revenue/reconciliationrules.h"
#include "tests/shared/tabletest.h"

#include <QTest>

using namespace kikan;
using namespace kikan::revenue;

Q_DECLARE_METATYPE(kikan::revenue::MatchOutcome)

class ReconciliationRulesTest : public QObject
{
    Q_OBJECT
private slots:
    void aPaymentPaysWhatIsOwedAndKeepsTheRest_data()
    {
        kikan::test::addColumns<qint64, qint64, bool, MatchOutcome, qint64, qint64>(
            {"amount", "owed", "found", "outcome", "applied", "overpaid"});
        QTest::newRow("exact") << qint64(10800) << qint64(10800) << true << MatchOutcome::Matched << qint64(10800) << qint64(0);
        QTest::newRow("short: 一部納付") << qint64(5000) << qint64(10800) << true << MatchOutcome::Partial << qint64(5000) << qint64(0);
        QTest::newRow("beyond: 超過納付") << qint64(12000) << qint64(10800) << true << MatchOutcome::Excess << qint64(10800) << qint64(1200);
        QTest::newRow("already paid: 重複納付") << qint64(10800) << qint64(0) << true << MatchOutcome::Double << qint64(0) << qint64(10800);
        QTest::newRow("overpaid before (past 0)") << qint64(100) << qint64(-500) << true << MatchOutcome::Double << qint64(0) << qint64(100);
        QTest::newRow("no 調定") << qint64(10800) << qint64(0) << false << MatchOutcome::Unmatched << qint64(0) << qint64(0);
    }
    void aPaymentPaysWhatIsOwedAndKeepsTheRest()
    {
        QFETCH(qint64, amount);
        QFETCH(qint64, owed);
        QFETCH(bool, found);
        QFETCH(MatchOutcome, outcome);
        QFETCH(qint64, applied);
        QFETCH(qint64, overpaid);
        const Allocation a = allocate(core::Money::ofYen(amount),
                                      found ? std::optional(core::Money::ofYen(owed)) : std::nullopt);
        QCOMPARE(a.outcome, outcome);
        QCOMPARE(a.applied.yen(), applied);
        QCOMPARE(a.overpaid.yen(), overpaid);
        QCOMPARE(a.applied + a.overpaid, found ? core::Money::ofYen(amount) : core::Money());
    }

    void outcomesHaveStableNames()
    {
        for (MatchOutcome m : {MatchOutcome::Matched, MatchOutcome::Partial, MatchOutcome::Excess,
                               MatchOutcome::Double, MatchOutcome::Unmatched, MatchOutcome::Mismatch,
                               MatchOutcome::Reversed})
            QCOMPARE(outcomeFromName(outcomeName(m)), m);
        QCOMPARE(outcomeName(MatchOutcome::Double), QStringLiteral("double"));
    }
};

QTEST_APPLESS_MAIN(ReconciliationRulesTest)
#include "reconciliationrules_test.moc"
