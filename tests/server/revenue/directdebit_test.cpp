// 口座振替 on SQLite and PostgreSQL (server/revenue/directdebit.h): the request file for a 納期 from
// the 調定 due that day with a registered account, then the bank's result file carrying every
// 振替結果コード — 振替済 paid and matched, 振替不能 listed for re-billing with the code's name;
// the same result file twice applies once; a result file whose trailer does not add up applies
// nothing and names the record.
#include "revenuetestkit.h"
#include "server/revenue/directdebit.h"
#include "tests/support/bothstores.h"

using namespace kikan;
using namespace kikan::revenue;
using core::Money;

namespace {

const QDate kDue(2026, 5, 27);

DebitHeader header()
{
    return {QStringLiteral("1234567890"), QStringLiteral("コトウラチョウ"), kDue, QStringLiteral("0157"),
            QStringLiteral("トットリギンコウ"), QStringLiteral("001"), QStringLiteral("ホンテン"), 1,
            QStringLiteral("7654321")};
}

DebitAccount account(int n)
{
    return {QStringLiteral("0157"), QStringLiteral("トットリギンコウ"), QStringLiteral("101"),
            QStringLiteral("コトウラ"), 1, QStringLiteral("00100%1").arg(n, 2, 10, QLatin1Char('0')),
            QStringLiteral("ヤマダ タロウ"), n == 1};
}

} // namespace

class DirectDebitTest : public test::RevenueTestCase
{
    Q_OBJECT
public:
    using RevenueTestCase::RevenueTestCase;

private:
    QHash<qint64, DebitAccount> m_accounts;
    QList<qint64> m_ids;

    // The bank's answer to the request: each record's 振替結果コード in turn from `codes`.
    QByteArray resultFile(const QList<int> &codes)
    {
        const auto request = debitRequestFile(m_server->ledger(), header(), m_accounts, true);
        ParsedDebitFile read = parseDebitFile(*request, debitResultCodes(), kDue);
        for (qsizetype i = 0; i < read.file.records.size(); ++i)
            read.file.records[i].resultCode = codes.value(i);
        return *writeDebitFile(read.file, true, true);
    }
    DebitImportResult import(const QByteArray &bytes)
    {
        return importDebitResult(m_server->context(), m_server->reconciler(), m_server->ledger(),
                                 QStringLiteral("furikae-kekka-0527.txt"), bytes, false,
                                 test::revenueClerk());
    }

private slots:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }
    void init()
    {
        m_server->clear();
        m_ids.clear();
        m_accounts.clear();
        for (int n = 1; n <= 8; ++n) {
            m_ids << m_server->ledger().create(
                test::assessmentInput(QString::number(n), 1000 + n, 1000 * n, kDue,
                                      QStringLiteral("20260001%1").arg(n, 2, 10, QLatin1Char('0'))),
                test::revenueClerk());
            if (n <= 7) // 1008 pays by 納付書
                m_accounts.insert(1000 + n, account(n));
        }
        m_server->ledger().create(test::assessmentInput("other", 1001, 500, kDue.addDays(30), "2026000199"),
                                  test::revenueClerk());
    }

    void theRequestCoversWhatIsDueWithAnAccount()
    {
        const auto request = debitRequestFile(m_server->ledger(), header(), m_accounts, true);
        QVERIFY(request.ok());
        QCOMPARE(request->size(), (1 + 7 + 2) * 122);
        const ParsedDebitFile read = parseDebitFile(*request, debitResultCodes(), kDue);
        QVERIFY(read.errors.isEmpty());
        QCOMPARE(read.file.records.size(), 7);
        QCOMPARE(read.trailer.count, 7);
        QCOMPARE(read.trailer.amount, Money::ofYen(28000)); // 1,000 + … + 7,000
        QCOMPARE(read.trailer.doneCount, 0);
        QCOMPARE(read.file.records.first().customerNo, QStringLiteral("00000000002026000101"));
        QCOMPARE(read.file.records.first().newCode, 1);
        QCOMPARE(read.file.records.at(1).newCode, 0);
    }

    void theResultPaysWhatWasDebitedAndListsTheRest()
    {
        const QByteArray file = resultFile({0, 1, 2, 3, 4, 8, 9});
        const DebitImportResult r = import(file);
        QVERIFY2(r.import.errors.isEmpty(), qPrintable(r.import.errors.value(0).message));
        QCOMPARE(r.import.receipts.size(), 1);
        QCOMPARE(r.import.receipts.first().outcome, MatchOutcome::Matched);
        QCOMPARE(r.import.receipts.first().line.paidOn, kDue);
        QCOMPARE(m_server->owed(m_ids.at(0)), Money());
        QCOMPARE(m_server->owed(m_ids.at(1)), Money::ofYen(2000));
        QStringList failed;
        for (const DebitFailure &f : r.failures)
            failed << QStringLiteral("%1 %2 %3").arg(f.resultCode).arg(f.resultName).arg(f.amount.yen());
        QCOMPARE(failed, QStringList({"1 資金不足 2000", "2 取引なし 3000", "3 預金者の都合による振替停止 4000",
                                      "4 預金口座振替依頼書なし 5000", "8 委託者の都合による振替停止 6000",
                                      "9 その他 7000"}));
        QCOMPARE(r.failures.first().assessmentId, m_ids.at(1));
        QCOMPARE(m_server->rows("revenue_debit_failures"), 6);
        // Twice: applied once, the same list.
        const DebitImportResult again = import(file);
        QVERIFY(again.import.alreadyImported);
        QCOMPARE(again.failures.size(), 6);
        QCOMPARE(again.failures.at(2).resultName, QStringLiteral("預金者の都合による振替停止"));
        QCOMPARE(m_server->rows("revenue_receipts"), 1);
        QCOMPARE(m_server->rows("revenue_debit_failures"), 6);
    }

    void aResultWhoseTrailerDoesNotAddUpAppliesNothing()
    {
        QList<QByteArray> records = resultFile({0, 0, 0, 1, 1, 1, 1}).split('\n');
        records[8].replace(7, 12, "000000028001");
        const DebitImportResult r = import(records.join('\n'));
        QCOMPARE(r.import.errors.size(), 1);
        QCOMPARE(r.import.errors.first().lineNo, 9);
        QVERIFY(r.import.errors.first().message.startsWith(QStringLiteral("レコード9: トレーラの合計")));
        QVERIFY(r.failures.isEmpty());
        QCOMPARE(m_server->rows("revenue_receipts"), 0);
        QCOMPARE(m_server->rows("revenue_debit_failures"), 0);
        QCOMPARE(m_server->owed(m_ids.at(0)), Money::ofYen(1000));
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<DirectDebitTest>(argc, argv);
}

#include "directdebit_test.moc"
