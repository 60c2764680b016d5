// 充当 and 還付 on SQLite and PostgreSQL (server/revenue/refunds.h): a person's 過誤納 goes first to
// their arrears (the oldest 納期限 first; the arrears' outstanding falls), the rest is refunded with
// 還付加算金 as shared/revenue/interest.h computes it from the day 誤納 starts it, with a 還付通知書
// (pdftotext, zbarimg) and serials; a dry run keeps nothing; a second decision finds nothing open.
#include "revenuetestkit.h"
#include "server/revenue/refunds.h"
#include "shared/revenue/interest.h"
#include "shared/revenue/interestrates.h"
#include "tests/shared/forms/formtestkit.h"
#include "tests/support/bothstores.h"

#include <QGuiApplication>

using namespace kikan;
using namespace kikan::revenue;
using core::Money;

class RefundsTest : public test::RevenueTestCase
{
    Q_OBJECT
public:
    using RevenueTestCase::RevenueTestCase;

private:
    void pay(int lineNo, const QString &noticeNo, qint64 yen, const QDate &on)
    {
        ReceiptLine l;
        l.lineNo = lineNo;
        l.paidOn = on;
        l.amount = Money::ofYen(yen);
        l.noticeNo = noticeNo;
        const auto r = m_server->reconciler().importFile(channel::Convenience, "pay.csv",
                                                         QByteArray::number(lineNo) + noticeNo.toLatin1(),
                                                         {{l}, {}}, false, test::revenueClerk());
        QVERIFY(r.errors.isEmpty());
    }
    RefundDecision settle(qint64 partyNo, const QDate &on, bool dryRun = false)
    {
        return settleOverpayments(m_server->context(), m_server->ledger(), partyNo, on, dryRun, test::revenueClerk());
    }

private slots:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }
    void init() { m_server->clear(); }

    void anOverpaymentGoesToArrearsFirstThenIsRefunded()
    {
        const auto clerk = test::revenueClerk();
        const qint64 paid = m_server->ledger().create(test::assessmentInput("a", 6001, 10800, QDate(2026, 5, 31), "701"), clerk);
        const qint64 old = m_server->ledger().create(test::assessmentInput("b", 6001, 600, QDate(2025, 5, 31), "702"), clerk);
        pay(1, "701", 12000, QDate(2026, 5, 20)); // 1,200円 超過納付
        QCOMPARE(m_server->rows("revenue_overpayments"), 1);

        const RefundDecision dry = settle(6001, QDate(2026, 7, 1), true);
        QCOMPARE(dry.appropriations.size(), 1);
        QCOMPARE(m_server->owed(old), Money::ofYen(600));   // nothing kept

        const RefundDecision d = settle(6001, QDate(2026, 7, 1));
        QCOMPARE(d.appropriations.size(), 1);
        QCOMPARE(d.appropriations.first().assessmentId, old);
        QCOMPARE(d.appropriations.first().amount, Money::ofYen(600));
        QCOMPARE(m_server->owed(old), Money::ofYen(0));     // 充当 paid the arrears
        QCOMPARE(d.refunds.size(), 1);
        QCOMPARE(d.refunds.first().assessmentId, paid);
        QCOMPARE(d.refunds.first().amount, Money::ofYen(600));
        QCOMPARE(d.refunds.first().interest, Money::ofYen(0)); // base under 1,000円
        QCOMPARE(d.refunds.first().serial, QStringLiteral("K2026000001"));
        const QString pdf = test::writeTempPdf(d.pdf, QStringLiteral("refund"));
        const QString text = test::pdfText(pdf);
        for (const QString &expected : {QStringLiteral("過誤納金還付通知書"), QStringLiteral("K2026000001"),
                                        QStringLiteral("￥1,200"), QStringLiteral("￥600"), QStringLiteral("701")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in\n") + text));
        QCOMPARE(test::decodeBarcodes(test::rasterise(pdf, 1, 300)),
                 QStringList({QStringLiteral("CODE-128:K2026000001")}));
        QCOMPARE(m_server->rows("audit_log", "event = 'revenue.refund_print'"), 1);
        QCOMPARE(m_server->rows("revenue_overpayments", "resolution = 'refunded'"), 1);
        const RefundDecision again = settle(6001, QDate(2026, 7, 2));
        QVERIFY(again.refunds.isEmpty() && again.appropriations.isEmpty());
    }

    void aDoublePaymentIsRefundedWithInterest()
    {
        m_server->ledger().create(test::assessmentInput("c", 6002, 650000, QDate(2026, 1, 31), "703"), test::revenueClerk());
        pay(1, "703", 650000, QDate(2026, 1, 20));
        pay(2, "703", 650000, QDate(2026, 1, 21)); // 重複納付
        const RefundDecision d = settle(6002, QDate(2026, 12, 15));
        QCOMPARE(d.appropriations.size(), 0);
        QCOMPARE(d.refunds.size(), 1);
        const Refund &r = d.refunds.first();
        QCOMPARE(r.amount, Money::ofYen(650000));
        QCOMPARE(r.interestFrom, refundInterestStart(RefundCause::WrongPayment, QDate(2026, 1, 21)));
        const auto expected = refundInterest(interestRates().refundInterest, r.amount, r.interestFrom, QDate(2026, 12, 15));
        QVERIFY(expected);
        QVERIFY(expected->total > Money());
        QCOMPARE(r.interest, expected->total);
    }

    // 充当 as 地方税法 第17条の2 and 第17条の4 have it: arrears due before the 過誤納 arose count as
    // paid on the payment day (their 延滞金 runs to it); arrears falling due later are paid on their
    // 納期限, and the part applied earns 還付加算金 from the 誤納 start to that day, refunded too.
    void anAppropriationStopsTheLateChargeAndEarnsRefundInterest()
    {
        const auto clerk = test::revenueClerk();
        m_server->ledger().create(test::assessmentInput("d", 6003, 650000, QDate(2026, 1, 31), "704"), clerk);
        const qint64 old = m_server->ledger().create(test::assessmentInput("e", 6003, 300000, QDate(2025, 5, 31), "705"), clerk);
        const qint64 later = m_server->ledger().create(test::assessmentInput("f", 6003, 200000, QDate(2026, 8, 31), "706"), clerk);
        pay(1, "704", 650000, QDate(2026, 1, 20));
        pay(2, "704", 650000, QDate(2026, 1, 21)); // 重複納付 of 650,000円
        const QDate decided(2026, 12, 15);
        const RefundDecision d = settle(6003, decided);
        QCOMPARE(d.appropriations.size(), 2);
        const Appropriation &first = d.appropriations.at(0);
        QCOMPARE(first.assessmentId, old);
        QCOMPARE(first.amount, Money::ofYen(300000));
        QCOMPARE(first.fitOn, QDate(2026, 1, 21));      // the 過誤納 arose after the 納期限
        QCOMPARE(first.interest, Money());              // fit before the 加算金 starts
        const Appropriation &second = d.appropriations.at(1);
        QCOMPARE(second.assessmentId, later);
        QCOMPARE(second.amount, Money::ofYen(200000));
        QCOMPARE(second.fitOn, QDate(2026, 8, 31));     // its 納期限
        const QDate from = refundInterestStart(RefundCause::WrongPayment, QDate(2026, 1, 21));
        const auto onSecond = refundInterest(interestRates().refundInterest, Money::ofYen(200000), from, QDate(2026, 8, 31));
        QVERIFY(onSecond && onSecond->total > Money());
        QCOMPARE(second.interest, onSecond->total);
        // 延滞金 of the old arrears through the 充当適状日, on the overpaying receipt.
        const auto late = latePaymentCharge(interestRates().latePayment, Money::ofYen(300000), QDate(2025, 5, 31),
                                            QDate(2026, 1, 21));
        QVERIFY(late && late->total > Money());
        QCOMPARE(m_server->rows("revenue_late_charges", QStringLiteral("assessment_id = %1 AND amount = %2 AND "
                                                                       "paid_on = '2026-01-21'")
                                                            .arg(old).arg(late->total.yen())), 1);
        QCOMPARE(m_server->rows("revenue_late_charges", QStringLiteral("assessment_id = %1").arg(later)), 0);
        // The rest refunded with its own 加算金 plus the one earned by the 充当.
        QCOMPARE(d.refunds.size(), 1);
        const Refund &r = d.refunds.first();
        QCOMPARE(r.amount, Money::ofYen(150000));
        const auto onRest = refundInterest(interestRates().refundInterest, Money::ofYen(150000), from, decided);
        QVERIFY(onRest);
        QCOMPARE(r.interest, onRest->total + onSecond->total);
        QCOMPARE(m_server->rows("revenue_appropriations",
                                QStringLiteral("assessment_id = %1 AND fit_on = '2026-08-31' AND interest = %2")
                                    .arg(later).arg(onSecond->total.yen())), 1);
        QCOMPARE(m_server->owed(old), Money());
        QCOMPARE(m_server->owed(later), Money());
    }

    // Everything applied by 充当: only the 還付加算金 it earned is refunded (還付金 0円).
    void aFullyAppliedOverpaymentRefundsOnlyItsInterest()
    {
        const auto clerk = test::revenueClerk();
        m_server->ledger().create(test::assessmentInput("g", 6004, 400000, QDate(2026, 1, 31), "707"), clerk);
        const qint64 later = m_server->ledger().create(test::assessmentInput("h", 6004, 400000, QDate(2026, 9, 30), "708"), clerk);
        pay(1, "707", 400000, QDate(2026, 1, 10));
        pay(2, "707", 400000, QDate(2026, 1, 11));
        const RefundDecision d = settle(6004, QDate(2026, 11, 30));
        QCOMPARE(d.appropriations.size(), 1);
        QCOMPARE(d.appropriations.first().assessmentId, later);
        QVERIFY(d.appropriations.first().interest > Money());
        QCOMPARE(d.refunds.size(), 1);
        QCOMPARE(d.refunds.first().amount, Money());
        QCOMPARE(d.refunds.first().interest, d.appropriations.first().interest);
        QVERIFY(test::pdfText(test::writeTempPdf(d.pdf, QStringLiteral("interest-only")))
                    .contains(d.refunds.first().interest.toYenSignString()));
        QCOMPARE(m_server->rows("revenue_overpayments", "resolution = 'appropriated'"), 1);
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<RefundsTest, QGuiApplication>(argc, argv);
}

#include "refunds_test.moc"
