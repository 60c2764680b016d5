// 窓口収納 on SQLite and PostgreSQL (server/revenue/counter.h): cash against a 納付書's
// 通知書番号 is matched like any receipt and handed over with a 領収証書 — a real PDF read back
// with pdftotext and its Code 128 領収番号 with zbarimg — while the operation and 印刷ログ entries
// commit with it; an unknown 通知書番号 or an amount of 0円 takes nothing.
#include "revenuetestkit.h"
#include "server/revenue/counter.h"
#include "shared/api/errorcode.h"
#include "shared/api/revenue/errors.h"
#include "tests/shared/forms/formtestkit.h"
#include "tests/support/bothstores.h"

#include <QGuiApplication>

using namespace kikan;
using namespace kikan::revenue;
using core::Money;

class CounterTest : public test::RevenueTestCase
{
    Q_OBJECT
public:
    using RevenueTestCase::RevenueTestCase;

private:
    qint64 m_a = 0;

    CounterReceipt take(const QString &noticeNo, qint64 yen)
    {
        core::Actor clerk = test::revenueClerk();
        clerk.displayName = QStringLiteral("出納　花子");
        return takeCounterPayment(m_server->context(), m_server->reconciler(), m_server->ledger(),
                                  {noticeNo, Money::ofYen(yen)}, clerk);
    }

private slots:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }
    void init()
    {
        m_server->clear();
        m_a = m_server->ledger().create(test::assessmentInput("a", 1001, 10800, QDate(2026, 6, 1),
                                                              "2026000101"), test::revenueClerk());
    }

    void cashIsMatchedAndAReceiptPrinted()
    {
        const CounterReceipt first = take("2026000101", 5000);
        QCOMPARE(first.receipt.outcome, MatchOutcome::Partial);
        QCOMPARE(first.receipt.channel, QString::fromLatin1(channel::Counter));
        QCOMPARE(m_server->owed(m_a), Money::ofYen(5800));
        const QString pdf = test::writeTempPdf(first.pdf, QStringLiteral("counter-receipt"));
        const QString text = test::pdfText(pdf);
        for (const QString &expected : {QStringLiteral("領収証書"), QStringLiteral("軽自動車税（種別割）"),
                                        QStringLiteral("令和8年度"), QStringLiteral("第1期"),
                                        QStringLiteral("2026000101"), QStringLiteral("￥5,000"),
                                        QStringLiteral("花子"), first.serial})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in\n") + text));
        QCOMPARE(test::decodeBarcodes(test::rasterise(pdf, 1, 300)),
                 QStringList({QStringLiteral("CODE-128:") + first.serial}));
        const CounterReceipt second = take("2026000101", 5800);
        QCOMPARE(second.receipt.outcome, MatchOutcome::Matched);
        QCOMPARE(m_server->owed(m_a), Money());
        QCOMPARE(m_server->rows("audit_log", QStringLiteral("event = 'revenue.counter_receipt' AND kind = 'print' "
                                                            "AND subject = 'revenue_receipt:%1'").arg(second.receipt.id)), 1);
        QCOMPARE(m_server->rows("audit_log", QStringLiteral("event = 'revenue.counter_payment' AND kind = 'operation' "
                                                            "AND subject = 'revenue_receipt:%1'").arg(second.receipt.id)), 1);
    }

    void nothingIsTakenWithoutANoticeOrAnAmount()
    {
        QCOMPARE(test::failureCode([&] { take("999", 100); }),
                 QString::fromLatin1(api::err::RevenueAssessmentNotFound));
        QCOMPARE(test::failureCode([&] { take("2026000101", 0); }),
                 QString::fromLatin1(api::err::Validation));
        QCOMPARE(test::failureCode([&] { take("", 100); }), QString::fromLatin1(api::err::Validation));
        QCOMPARE(m_server->rows("revenue_receipts"), 0);
    }
};

int main(int argc, char *argv[])
{
    // The 領収証書 needs fonts: a QGuiApplication, offscreen as on the server.
    return test::execOnBothStores<CounterTest, QGuiApplication>(argc, argv);
}

#include "counter_test.moc"
