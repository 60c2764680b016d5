// 延滞金 at 消込 on SQLite and PostgreSQL (server/revenue/reconciler.cpp writeAllocation): a payment
// after the 納期限 records the 延滞金 due, exactly as shared/revenue/interest.h computes it —
// 豊橋市's worked example (65,000円, 納期限 R3.5.31, paid R4.1.31 → 3,400円, REVENUE.md) — one on
// time or under the minimum records nothing, a match made by hand records it too, and undoing the
// match cancels it.
#include "revenuetestkit.h"
#include "server/revenue/reconciliationrules.h"
#include "server/revenue/receiptstore.h"
#include "tests/support/bothstores.h"

using namespace kikan;
using namespace kikan::revenue;
using core::Money;

namespace {
ReceiptLine paid(int lineNo, qint64 yen, const QString &noticeNo, const QDate &on)
{
    ReceiptLine l;
    l.lineNo = lineNo;
    l.paidOn = on;
    l.amount = Money::ofYen(yen);
    l.noticeNo = noticeNo;
    l.reference = QStringLiteral("late-%1").arg(lineNo);
    return l;
}
} // namespace

class LateChargeTest : public test::RevenueTestCase
{
    Q_OBJECT
public:
    using RevenueTestCase::RevenueTestCase;

private:
    qint64 m_late = 0, m_onTime = 0, m_small = 0;

    ImportResult importLines(const QList<ReceiptLine> &lines, const QByteArray &bytes)
    {
        return m_server->reconciler().importFile(channel::Convenience, QStringLiteral("late.csv"), bytes,
                                                 {lines, {}}, false, test::revenueClerk());
    }
    qint64 lateCharge(qint64 assessmentId)
    {
        return lateChargeOf(m_server->context().database.connection(), assessmentId).yen();
    }

private slots:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }
    void init()
    {
        m_server->clear();
        const auto clerk = test::revenueClerk();
        m_late = m_server->ledger().create(test::assessmentInput("late", 4001, 65000, QDate(2021, 5, 31), "501"), clerk);
        m_onTime = m_server->ledger().create(test::assessmentInput("ontime", 4002, 65000, QDate(2021, 5, 31), "502"), clerk);
        m_small = m_server->ledger().create(test::assessmentInput("small", 4003, 1500, QDate(2021, 5, 31), "503"), clerk);
    }

    void aLatePaymentRecordsTheWorkedExample()
    {
        const ImportResult r = importLines({paid(1, 65000, "501", QDate(2022, 1, 31)),
                                            paid(2, 65000, "502", QDate(2021, 5, 31)),
                                            paid(3, 1500, "503", QDate(2022, 1, 31))}, "late-1");
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(lateCharge(m_late), 3400);   // 133 + 2,883 + 480 = 3,496 → 3,400円
        QCOMPARE(lateCharge(m_onTime), 0);    // paid on the 納期限
        QCOMPARE(lateCharge(m_small), 0);     // tax under 2,000円
        QCOMPARE(m_server->rows("revenue_late_charges"), 1);
        // Undoing the match cancels its 延滞金.
        m_server->reconciler().reverseMatch(r.receipts.first().id, QStringLiteral("別人"), test::revenueClerk());
        QCOMPARE(lateCharge(m_late), 0);
        QCOMPARE(m_server->rows("revenue_late_charges", "cancelled_at IS NOT NULL"), 1);
    }

    // On demand (the counter's "how much if paid today?"): the same worked example on the unpaid
    // 調定, nothing before or on the 納期限, nothing under 2,000円, nothing once paid.
    void onDemandItIsTheSameExample()
    {
        QCOMPARE(lateChargeDue(*m_server->ledger().find(m_late), QDate(2022, 1, 31)), core::Money::ofYen(3400));
        QCOMPARE(lateChargeDue(*m_server->ledger().find(m_late), QDate(2021, 5, 31)), core::Money());
        QCOMPARE(lateChargeDue(*m_server->ledger().find(m_small), QDate(2022, 1, 31)), core::Money());
        importLines({paid(1, 65000, "501", QDate(2022, 1, 31))}, "late-3");
        QCOMPARE(lateChargeDue(*m_server->ledger().find(m_late), QDate(2022, 3, 31)), core::Money());
        QCOMPARE(lateCharge(m_late), 3400); // recorded with the payment instead
    }

    void aMatchByHandRecordsItToo()
    {
        const ImportResult r = importLines({paid(1, 65000, "999", QDate(2022, 1, 31))}, "late-2");
        QCOMPARE(r.receipts.first().outcome, MatchOutcome::Unmatched);
        m_server->reconciler().matchByHand(r.receipts.first().id, m_late, QStringLiteral("番号の誤記"),
                                           test::revenueClerk());
        QCOMPARE(lateCharge(m_late), 3400);
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<LateChargeTest>(argc, argv);
}

#include "latecharge_test.moc"
