// 督促 on SQLite and PostgreSQL (server/revenue/dunning.h): the batch issues a 督促状 for each 調定
// unpaid 20 days (the town's data) after its 納期限 — not before, not for one paid — as one PDF
// (read back with pdftotext and zbarimg) with serials and the 印刷ログ entry; a dry run keeps
// nothing; a second run the same day issues nothing new.
#include "revenuetestkit.h"
#include "server/revenue/dunning.h"
#include "tests/shared/forms/formtestkit.h"
#include "tests/support/bothstores.h"

#include <QGuiApplication>

using namespace kikan;
using namespace kikan::revenue;
using core::Money;

class DunningTest : public test::RevenueTestCase
{
    Q_OBJECT
public:
    using RevenueTestCase::RevenueTestCase;

private:
    DunningBatch run(const QDate &on, bool dryRun = false)
    {
        return runDunning(m_server->context(), m_server->ledger(), on, dryRun, test::revenueClerk());
    }

private slots:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }

    void unpaidSlipsAreDunnedTwentyDaysAfterTheirDueDate()
    {
        m_server->clear();
        const auto clerk = test::revenueClerk();
        m_server->ledger().create(test::assessmentInput("a", 5001, 10800, QDate(2026, 5, 1), "601"), clerk);
        m_server->ledger().create(test::assessmentInput("b", 5002, 7200, QDate(2026, 5, 10), "602"), clerk);
        m_server->ledger().create(test::assessmentInput("c", 5003, 3600, QDate(2026, 5, 1), "603"), clerk);
        ReceiptLine paid;
        paid.lineNo = 1;
        paid.paidOn = QDate(2026, 4, 30);
        paid.amount = Money::ofYen(3600);
        paid.noticeNo = QStringLiteral("603");
        QVERIFY(m_server->reconciler().importFile(channel::Convenience, "c.csv", "c", {{paid}, {}}, false, clerk)
                    .errors.isEmpty());
        QCOMPARE(dunningRules().daysAfterDue, 20);

        const DunningBatch dry = run(QDate(2026, 5, 21), true);
        QCOMPARE(dry.notices.size(), 1);
        QCOMPARE(m_server->rows("revenue_dunning_notices"), 0);

        const DunningBatch first = run(QDate(2026, 5, 21));
        QCOMPARE(first.notices.size(), 1);
        const DunningNotice &n = first.notices.first();
        QCOMPARE(n.serial, QStringLiteral("T2026000001"));
        QCOMPARE(n.noticeNo, QStringLiteral("601"));
        QCOMPARE(n.outstanding, Money::ofYen(10800));
        QCOMPARE(n.fee, Money::ofYen(0));                 // the town's data sets no 督促手数料
        QCOMPARE(n.payBy, QDate(2026, 5, 31));
        const QString pdf = test::writeTempPdf(first.pdf, QStringLiteral("dunning"));
        const QString text = test::pdfText(pdf);
        for (const QString &expected : {QStringLiteral("督促状"), QStringLiteral("T2026000001"),
                                        QStringLiteral("￥10,800"), QStringLiteral("601"),
                                        QStringLiteral("軽自動車税（種別割）")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in\n") + text));
        QCOMPARE(test::decodeBarcodes(test::rasterise(pdf, 1, 300)),
                 QStringList({QStringLiteral("CODE-128:T2026000001")}));
        QCOMPARE(m_server->rows("audit_log", "event = 'revenue.dunning_print'"), 1);

        QVERIFY(run(QDate(2026, 5, 21)).notices.isEmpty()); // the same day again: nothing new
        const DunningBatch later = run(QDate(2026, 5, 30));
        QCOMPARE(later.notices.size(), 1);
        QCOMPARE(later.notices.first().serial, QStringLiteral("T2026000002"));
        QCOMPARE(later.notices.first().noticeNo, QStringLiteral("602"));
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<DunningTest, QGuiApplication>(argc, argv);
}

#include "dunning_test.moc"
