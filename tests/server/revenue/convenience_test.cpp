// コンビニ収納 end to end on SQLite and PostgreSQL: files written as 電算システム's agent sends them
// (Shift_JIS CSV, dskfile.h), read by the layout and matched (server/revenue/conveniencefile.h,
// reconciler.h) — a 速報 pays provisionally, its 確報 confirms it without paying again, a 取消
// undoes it; the same 確報 file twice applies once; a file with a bad check digit applies nothing
// and names the line.
#include "dskfile.h"
#include "revenuetestkit.h"
#include "server/revenue/conveniencefile.h"
#include "server/revenue/ledger.h"
#include "server/revenue/reconciler.h"
#include "tests/support/bothstores.h"

#include <QSqlQuery>

using namespace kikan;
using namespace kikan::revenue;
using core::Money;

class ConvenienceTest : public test::RevenueTestCase
{
    Q_OBJECT
public:
    using RevenueTestCase::RevenueTestCase;

private:
    qint64 m_a = 0, m_b = 0;

    ImportResult import(const QString &name, const QByteArray &bytes)
    {
        return m_server->reconciler().importFile(channel::Convenience, name, bytes,
                                       parseConvenienceFile(bytes, convenienceLayouts().value("dsk")),
                                       false, test::revenueClerk());
    }

private slots:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }
    void init()
    {
        m_server->clear();
        const QDate due(2026, 6, 1);
        m_a = m_server->ledger().create(test::assessmentInput("a", 1001, 10800, due, "101"), test::revenueClerk());
        m_b = m_server->ledger().create(test::assessmentInput("b", 1002, 7200, due, "102"), test::revenueClerk());
    }

    void aProvisionalPaymentIsConfirmedThenItsTwinCancelled()
    {
        const QString a = test::slipBarcodeFor("101", 10800), b = test::slipBarcodeFor("102", 7200);
        // 5月20日の速報: both paid at two stores.
        const ImportResult flash = import("sokuhou-0521.csv",
                                          test::dskFile({test::dskRow("01", a, 10800),
                                                         test::dskRow("01", b, 7200, "1118", "121724")}));
        QVERIFY(flash.errors.isEmpty());
        QCOMPARE(flash.count(MatchOutcome::Matched), 2);
        QCOMPARE(m_server->owed(m_a), Money());
        QCOMPARE(m_server->rows("revenue_receipts", "provisional = 1"), 2);
        // 確報 of A: the same payment, now certain; nothing paid twice.
        const QByteArray confirmFile = test::dskFile({test::dskRow("02", a, 10800)});
        const ImportResult confirmed = import("kakuhou-0530.csv", confirmFile);
        QVERIFY(confirmed.errors.isEmpty());
        QCOMPARE(confirmed.receipts.size(), 1);
        QCOMPARE(confirmed.receipts.first().id, flash.receipts.first().id);
        QVERIFY(!confirmed.receipts.first().line.provisional);
        QCOMPARE(m_server->rows("revenue_receipts"), 2);
        QCOMPARE(m_server->rows("revenue_applications"), 2);
        QCOMPARE(m_server->rows("revenue_overpayments"), 0);
        // The same 確報 file again applies once.
        QVERIFY(import("kakuhou-0530-again.csv", confirmFile).alreadyImported);
        QCOMPARE(m_server->rows("revenue_receipts"), 2);
        // 速報取消 of B: the payment did not happen; B owes again, history kept.
        const ImportResult cancel = import("torikeshi-0522.csv",
                                           test::dskFile({test::dskRow("03", b, 7200, "1118", "121724")}));
        QVERIFY(cancel.errors.isEmpty());
        QCOMPARE(cancel.receipts.first().outcome, MatchOutcome::Reversed);
        QCOMPARE(m_server->owed(m_b), Money::ofYen(7200));
        QCOMPARE(m_server->rows("revenue_receipt_history", "event = 'revenue.cancel'"), 1);
        // A 確報 without a 速報 is a payment of its own.
        const ImportResult late = import("kakuhou-0531.csv", test::dskFile({test::dskRow("02", b, 7200, "0900", "000134")}));
        QCOMPARE(late.receipts.first().outcome, MatchOutcome::Matched);
        QCOMPARE(m_server->owed(m_b), Money());
    }

    void aBrokenFileAppliesNothingAndNamesTheLine()
    {
        const QString a = test::slipBarcodeFor("101", 10800);
        QString broken = test::slipBarcodeFor("102", 7200);
        broken[43] = QChar(u'0' + (broken.at(43).digitValue() + 1) % 10);
        const ImportResult r = import("broken.csv", test::dskFile({test::dskRow("01", a, 10800),
                                                                   test::dskRow("01", broken, 7200)}));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().lineNo, 3);
        QCOMPARE(r.errors.first().message, QStringLiteral("3行目: バーコードのチェックデジットが合いません。"));
        QCOMPARE(m_server->rows("revenue_receipts"), 0);
        QCOMPARE(m_server->rows("revenue_imports"), 0);
        QCOMPARE(m_server->owed(m_a), Money::ofYen(10800));
    }

    void aCancelWithoutItsPaymentStopsTheWholeFile()
    {
        const QString a = test::slipBarcodeFor("101", 10800), b = test::slipBarcodeFor("102", 7200);
        const ImportResult r = import("cancel-only.csv", test::dskFile({test::dskRow("01", a, 10800),
                                                                        test::dskRow("03", b, 7200)}));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().message, QStringLiteral("3行目: 取り消す速報がありません。"));
        QVERIFY(r.receipts.isEmpty());
        QCOMPARE(m_server->rows("revenue_receipts"), 0);
        QCOMPARE(m_server->rows("revenue_imports"), 0);
        QCOMPARE(m_server->owed(m_a), Money::ofYen(10800));
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<ConvenienceTest>(argc, argv);
}

#include "convenience_test.moc"
