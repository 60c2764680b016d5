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
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<RefundsTest, QGuiApplication>(argc, argv);
}

#include "refunds_test.moc"
