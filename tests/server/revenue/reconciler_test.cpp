// 消込 on SQLite and PostgreSQL (server/revenue/reconciler.h): a file's receipts matched by
// barcode and 通知書番号 — exact, short, beyond and double payments and one without a 調定 — in
// one transaction; the same file twice applies once; a dry run keeps nothing; a file with a bad
// line applies nothing; a wrong match undone with its history, matched by hand, a payment
// cancelled; every change in the operation log.
#include "revenuetestkit.h"
#include "server/revenue/ledger.h"
#include "server/revenue/reconciler.h"
#include "shared/api/revenue/errors.h"
#include "shared/revenue/conveniencesettings.h"
#include "tests/support/bothstores.h"

#include <QSqlQuery>

using namespace kikan;
using namespace kikan::revenue;
using core::Money;

Q_DECLARE_METATYPE(kikan::revenue::MatchOutcome)

namespace {

QString barcodeFor(const QString &noticeNo, qint64 yen)
{
    return **slipBarcode(convenienceSettings(), {noticeNo, 2026, 1, QDate(2026, 6, 1),
                                                 Money::ofYen(yen), 0});
}

ReceiptLine line(int lineNo, qint64 yen, const QString &barcode, const QString &noticeNo = {})
{
    ReceiptLine l;
    l.lineNo = lineNo;
    l.paidOn = QDate(2026, 5, 20);
    l.amount = Money::ofYen(yen);
    l.barcode = barcode;
    l.noticeNo = noticeNo;
    l.reference = QStringLiteral("line-%1").arg(lineNo);
    return l;
}

QList<MatchOutcome> outcomes(const QList<Receipt> &receipts)
{
    QList<MatchOutcome> out;
    for (const Receipt &r : receipts)
        out << r.outcome;
    return out;
}

} // namespace

class ReconcilerTest : public test::RevenueTestCase
{
    Q_OBJECT
public:
    using RevenueTestCase::RevenueTestCase;

private:
    qint64 m_a = 0, m_b = 0, m_c = 0, m_d = 0;
    int m_auditBefore = 0; // the log is append-only: each test counts its own entries

    // Read in its own scope: a statement left open keeps SQLite's read snapshot, and the writes
    // after it then fail with "database is locked" once another connection has written.
    int maxAuditId()
    {
        QSqlQuery q = store::exec(m_server->context().database.connection(),
                                  QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
        q.next();
        return q.value(0).toInt();
    }
    int auditRows(const QString &where)
    {
        return m_server->rows(QStringLiteral("audit_log"), where + QStringLiteral(" AND id > %1").arg(m_auditBefore));
    }

    // The day's file: A paid exactly by barcode, B short by 通知書番号, C beyond, D twice, and a
    // payment whose 通知書番号 no 調定 has.
    ParsedFile dayFile()
    {
        return {{line(1, 10800, barcodeFor("101", 10800)), line(2, 5000, {}, "000102"),
                 line(3, 5000, barcodeFor("103", 5000)), line(4, 2000, barcodeFor("104", 2000)),
                 line(5, 2000, barcodeFor("104", 2000)), line(6, 4000, {}, "999")},
                {}};
    }
    ImportResult importDay(bool dryRun = false, const QByteArray &bytes = "day-file-1")
    {
        return m_server->reconciler().importFile(channel::Convenience, QStringLiteral("cvs-20260520.csv"),
                                       bytes, dayFile(), dryRun, test::revenueClerk());
    }

private slots:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }
    void init()
    {
        m_server->clear();
        m_auditBefore = maxAuditId();
        const auto clerk = test::revenueClerk();
        const QDate due(2026, 6, 1);
        m_a = m_server->ledger().create(test::assessmentInput("a", 1001, 10800, due, "101"), clerk);
        m_b = m_server->ledger().create(test::assessmentInput("b", 1002, 7200, due, "102"), clerk);
        m_c = m_server->ledger().create(test::assessmentInput("c", 1003, 3600, due, "103"), clerk);
        m_d = m_server->ledger().create(test::assessmentInput("d", 1004, 2000, due, "104"), clerk);
    }

    void aFilesPaymentsAreMatchedAndTheRestKeptApart()
    {
        const ImportResult r = importDay();
        QVERIFY(r.errors.isEmpty());
        QVERIFY(!r.alreadyImported);
        QVERIFY(r.importId > 0);
        QCOMPARE(outcomes(r.receipts),
                 QList<MatchOutcome>({MatchOutcome::Matched, MatchOutcome::Partial,
                                      MatchOutcome::Excess, MatchOutcome::Matched,
                                      MatchOutcome::Double, MatchOutcome::Unmatched}));
        QCOMPARE(r.total, Money::ofYen(28800));
        QCOMPARE(m_server->owed(m_a), Money());
        QCOMPARE(m_server->owed(m_b), Money::ofYen(2200));
        QCOMPARE(m_server->owed(m_c), Money());
        QCOMPARE(m_server->owed(m_d), Money());
        QCOMPARE(r.receipts.at(2).overpaid, Money::ofYen(1400));
        QCOMPARE(r.receipts.at(4).overpaid, Money::ofYen(2000));
        QCOMPARE(m_server->rows("revenue_overpayments"), 2);
        QCOMPARE(m_server->rows("revenue_overpayments", "cause = 'double' AND party_no = 1004"), 1);
        // Stored as returned, with the file and line each came from.
        const auto stored = m_server->reconciler().receiptsOfImport(r.importId);
        QCOMPARE(outcomes(stored), outcomes(r.receipts));
        QCOMPARE(stored.at(1).sourceFile, QStringLiteral("cvs-20260520.csv"));
        QCOMPARE(stored.at(1).line.lineNo, 2);
        QCOMPARE(stored.at(1).applied, Money::ofYen(5000));
        QCOMPARE(m_server->reconciler().unmatched().size(), 1);
        QCOMPARE(m_server->reconciler().unmatched().first().line.noticeNo, QStringLiteral("999"));
        QCOMPARE(auditRows("event = 'revenue.import' AND kind = 'operation'"), 1);
    }

    void theSameFileTwiceAppliesOnce()
    {
        const ImportResult first = importDay();
        const ImportResult again = importDay();
        QVERIFY(again.alreadyImported);
        QCOMPARE(again.importId, first.importId);
        QCOMPARE(outcomes(again.receipts), outcomes(first.receipts));
        QCOMPARE(again.total, first.total);
        QCOMPARE(m_server->rows("revenue_receipts"), 6);
        QCOMPARE(m_server->rows("revenue_applications"), 4);
        QCOMPARE(m_server->owed(m_b), Money::ofYen(2200));
        // Other bytes are another file: its payments are new ones (here all 重複 or short).
        const ImportResult other = importDay(false, "day-file-2");
        QVERIFY(!other.alreadyImported);
        QCOMPARE(other.count(MatchOutcome::Double), 4);
        QCOMPARE(m_server->owed(m_b), Money());
    }

    void aDryRunAnswersTheSameAndKeepsNothing()
    {
        const ImportResult dry = importDay(true);
        QVERIFY(dry.dryRun);
        QCOMPARE(dry.count(MatchOutcome::Excess), 1);
        QCOMPARE(dry.count(MatchOutcome::Double), 1);
        QCOMPARE(m_server->rows("revenue_receipts"), 0);
        QCOMPARE(m_server->rows("revenue_imports"), 0);
        QCOMPARE(auditRows("event = 'revenue.import'"), 0);
        QCOMPARE(m_server->owed(m_a), Money::ofYen(10800));
        const ImportResult real = importDay();
        QVERIFY(!real.alreadyImported);
        QCOMPARE(outcomes(real.receipts), outcomes(dry.receipts));
    }

    void aFileWithABadLineAppliesNothing()
    {
        ParsedFile bad = dayFile();
        bad.errors.append({4, QStringLiteral("4行目: バーコードのチェックデジットが合いません。")});
        const ImportResult r = m_server->reconciler().importFile(channel::Convenience, "bad.csv", "bad",
                                                       bad, false, test::revenueClerk());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().lineNo, 4);
        QVERIFY(r.receipts.isEmpty());
        QCOMPARE(m_server->rows("revenue_receipts"), 0);
        QCOMPARE(m_server->owed(m_a), Money::ofYen(10800));
    }

    void aWrongMatchIsUndoneWithItsHistory()
    {
        const ImportResult r = importDay();
        const qint64 excess = r.receipts.at(2).id;
        const Receipt undone = m_server->reconciler().reverseMatch(excess, "別の方の納付書", test::revenueClerk());
        QCOMPARE(undone.outcome, MatchOutcome::Unmatched);
        QCOMPARE(undone.applied, Money());
        QCOMPARE(undone.overpaid, Money());
        QCOMPARE(m_server->owed(m_c), Money::ofYen(3600));
        QCOMPARE(m_server->rows("revenue_applications", "reversed_at IS NOT NULL"), 1);
        QCOMPARE(m_server->rows("revenue_overpayments", "resolution = 'cancelled'"), 1);
        QCOMPARE(m_server->rows("revenue_receipt_history", "event = 'revenue.reverse' AND status_before = "
                                                 "'excess' AND status_after = 'unmatched'"), 1);
        QCOMPARE(m_server->reconciler().unmatched().size(), 2);
        // Undone twice: refused.
        QCOMPARE(test::failureCode([&] { m_server->reconciler().reverseMatch(excess, "再", test::revenueClerk()); }),
                 QString::fromLatin1(api::err::RevenueReceiptState));
        // Matched by hand to B, which still owes 2,200円: 2,800円 left as 過誤納.
        const Receipt matched = m_server->reconciler().matchByHand(excess, m_b, "窓口で確認", test::revenueClerk());
        QCOMPARE(matched.outcome, MatchOutcome::Excess);
        QCOMPARE(matched.applied, Money::ofYen(2200));
        QCOMPARE(matched.overpaid, Money::ofYen(2800));
        QCOMPARE(m_server->owed(m_b), Money());
        QCOMPARE(m_server->rows("revenue_receipt_history"), 2);
        QCOMPARE(auditRows("event IN ('revenue.reverse', 'revenue.match')"), 2);
        QCOMPARE(test::failureCode([&] { m_server->reconciler().matchByHand(excess, m_a, "x", test::revenueClerk()); }),
                 QString::fromLatin1(api::err::RevenueReceiptState));
    }

    void aCancelledPaymentNoLongerPays()
    {
        const ImportResult r = importDay();
        const Receipt cancelled = m_server->reconciler().cancelReceipt(r.receipts.at(0).id, "取消データ",
                                                             test::revenueClerk());
        QCOMPARE(cancelled.outcome, MatchOutcome::Reversed);
        QCOMPARE(m_server->owed(m_a), Money::ofYen(10800));
        QCOMPARE(m_server->reconciler().unmatched().size(), 1);
        QCOMPARE(test::failureCode([&] { m_server->reconciler().cancelReceipt(r.receipts.at(0).id, "x", test::revenueClerk()); }),
                 QString::fromLatin1(api::err::RevenueReceiptState));
        QCOMPARE(test::failureCode([&] { m_server->reconciler().cancelReceipt(r.receipts.at(0).id, "", test::revenueClerk()); }),
                 QString::fromLatin1(api::err::Validation));
        QCOMPARE(test::failureCode([&] { m_server->reconciler().cancelReceipt(999999, "x", test::revenueClerk()); }),
                 QString::fromLatin1(api::err::RevenueReceiptNotFound));
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<ReconcilerTest>(argc, argv);
}

#include "reconciler_test.moc"
