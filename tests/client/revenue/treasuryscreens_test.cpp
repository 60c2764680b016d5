// The treasury screens over a real HTTPS server (SQLite): an OCR batch written to the reader's
// inbox (slip images with real GS1-128 barcodes, one amount misread, one slip for no 調定) chosen
// from the list, dry run then imported — each a server job, its progress shown as 「3 / 3 枚」 —
// its result list with the slip image of the selected row; a broken batch with its bad line listed;
// the unmatched queue with a slip matched by hand by 通知書番号 and the match reversed, its history
// shown; a person's 納付状況; a 口座振替 request file saved and its result file imported with the
// 振替不能 listed; the 日計表 shown and saved as CSV. Each fits 1024×768; revenue-ocr-batch.png and
// revenue-payment-status.png are saved for docs/screenshots.
#include "client/revenue/dailyreporttab.h"
#include "client/revenue/directdebittab.h"
#include "client/revenue/ocrbatchtab.h"
#include "client/revenue/paymentstatustab.h"
#include "client/revenue/receiptqueuetab.h"
#include "client/revenue/revenuepage.h"
#include "shared/revenue/zengindebit.h"
#include "tests/client/resident/residentclientkit.h"
#include "tests/server/revenue/assessmentfixture.h"
#include "tests/server/revenue/dskfile.h"
#include "tests/server/revenue/slipimage.h"

#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace kikan;
using namespace Qt::Literals::StringLiterals;

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }
const QDate kDue(2026, 5, 27);
} // namespace

class TreasuryScreensTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestServer> m_server;
    QString m_token;
    client::ApiClient m_api;
    QTemporaryDir m_files;

    void assess(const char *key, qint64 partyNo, qint64 yen, const char *noticeNo, int installment = 1)
    {
        const test::TestAssessment a{QString::fromUtf8(key), partyNo, yen,
                                     kDue.addMonths(installment - 1), QString::fromUtf8(noticeNo),
                                     installment};
        QVERIFY(test::createAssessment(*m_server, a) > 0);
    }
    void account(qint64 partyNo, const QString &holder)
    {
        const auto r = m_server->client().post(
            "/api/v1/bank-account/accounts",
            {{"partyNo", partyNo}, {"bankCode", "0166"}, {"branchCode", "113"}, {"accountType", 1},
             {"accountNo", QString::number(partyNo)}, {"holderKana", holder}, {"startsOn", "2026-04-01"}}, m_token);
        QCOMPARE(r.status, 201);
    }
    void writeBatch()
    {
        const QString folder = m_server->dataDir() + u"/ocr-inbox/20260601-1"_s;
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(test::slipImage(test::slipBarcodeFor("2026000101", 10800)).save(folder + "/0001.png"));
        QVERIFY(test::slipImage(test::slipBarcodeFor("2026000102", 7200)).save(folder + "/0002.png"));
        QVERIFY(test::slipImage(test::slipBarcodeFor("2026000199", 3000)).save(folder + "/0003.png"));
        QFile recognition(folder + "/ocr.csv");
        QVERIFY(recognition.open(QIODevice::WriteOnly));
        // 0002's amount misread (7,900 for 7,200); 0003 pays a 通知書番号 the ledger does not know.
        recognition.write("0001.png,2026000101,10800,20260601\r\n0002.png,2026000102,7900,20260601\r\n"
                          "0003.png,2026000199,3000,20260601\r\n");
    }
    client::RevenuePage *openPage(client::MainWindow &w)
    {
        w.showUser();
        if (!w.openArea(u"revenue"_s))
            return nullptr;
        w.resize(1024, 768);
        w.show();
        return qobject_cast<client::RevenuePage *>(w.currentPage());
    }
    // The OCR tab with the batch 20260601-1 and its recognition file chosen from the inbox list.
    client::OcrBatchTab *openOcrBatch(client::MainWindow &w, const QString &recognitionFile)
    {
        client::RevenuePage *page = openPage(w);
        if (!page)
            return nullptr;
        client::OcrBatchTab *tab = page->ocrBatch();
        QSignalSpy listed(tab, &client::OcrBatchTab::batchesLoaded);
        tab->reloadBatches();
        if (!listed.wait(20000))
            return nullptr;
        tab->chooseBatch(u"20260601-1"_s, recognitionFile);
        tab->setPollInterval(100);
        return tab;
    }
    void save(QWidget &w, const QString &name)
    {
        QVERIFY(test::fitsScreen(&w));
        QVERIFY(w.grab().toImage().save(test::screenshotDir() + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(client::installLanguage(u"ja"_s));
        m_server = std::make_unique<test::TestServer>();
        test::setClock(*m_server, QDateTime(QDate(2026, 6, 2), QTime(1, 0), Qt::UTC));
        const QStringList rights{"revenue:view", "revenue:update", "bank_account:view", "bank_account:update"};
        m_token = test::staffWithRights(*m_server, u"suitou01"_s, rights);
        client::StaffUser user;
        user.loginId = u"suitou01"_s;
        user.displayName = s("出納 担当");
        for (const QString &r : rights)
            user.rights.insert(r);
        QVERIFY(m_api.setServer(QUrl(u"https://localhost:%1"_s.arg(m_server->port())), m_server->caFile()).isEmpty());
        m_api.setSession(m_token.toUtf8(), user);
        assess("a1", 3001, 10800, "2026000101");
        assess("a2", 3001, 10800, "2026000111", 2);
        assess("a3", 3001, 10800, "2026000121", 3);
        assess("b", 3002, 7200, "2026000102");
        assess("e", 3005, 6000, "2026000105");
        assess("f", 3006, 4000, "2026000106");
        account(3005, s("ヤマダ　タロウ"));
        account(3006, s("スズキ　ハナコ"));
        writeBatch();
    }
    void cleanupTestCase() { m_server.reset(); }

    void anOcrBatchWithItsSlipImages()
    {
        client::MainWindow w(&m_api, nullptr);
        client::OcrBatchTab *tab = openOcrBatch(w, u"ocr.csv"_s);
        QVERIFY(tab);
        QSignalSpy imported(tab, &client::OcrBatchTab::imported);
        QSignalSpy progressed(tab, &client::OcrBatchTab::progressed);
        tab->run(true);                                   // a server job, followed
        QVERIFY2(imported.wait(30000), qPrintable(tab->errorText()));
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().at(1).toLongLong(), 3);
        QCOMPARE(tab->progressText(), s("3 / 3 枚"));
        QVERIFY2(tab->summary().startsWith(s("試行")), qPrintable(tab->summary()));
        QCOMPARE(tab->table()->rowCount(), 3);
        tab->run(false);
        QVERIFY2(imported.wait(30000), qPrintable(tab->errorText()));
        QCOMPARE(tab->table()->item(0, 4)->text(), s("消込済"));
        QCOMPARE(tab->table()->item(1, 4)->text(), s("不一致"));
        QCOMPARE(tab->table()->item(2, 4)->text(), s("未消込"));
        QVERIFY(tab->table()->item(1, 5)->text().contains(s("7,900円")));
        QSignalSpy shown(tab, &client::OcrBatchTab::imageShown);
        tab->table()->selectRow(1);
        QVERIFY(shown.wait(20000));
        QVERIFY(!tab->image()->pixmap().isNull());
        save(w, u"revenue-ocr-batch.png"_s);
    }

    void aBrokenBatchListsItsBadLines()
    {
        const QString folder = m_server->dataDir() + u"/ocr-inbox/20260601-1"_s;
        QFile broken(folder + "/broken.csv");
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("0001.png,2026000101,10800,20260601\r\n0009.png,2026000109,100,20260601\r\n");
        broken.close();
        client::MainWindow w(&m_api, nullptr);
        client::OcrBatchTab *tab = openOcrBatch(w, u"broken.csv"_s);
        QVERIFY(tab);
        QSignalSpy failed(tab, &client::OcrBatchTab::failed);
        tab->run(false);
        QVERIFY(failed.wait(30000));
        QCOMPARE(tab->errorText(), s("2行目: 画像 0009.png がありません。"));
        QVERIFY(broken.remove());
    }

    void theQueueIsResolvedByHandAndAWrongMatchReversed()
    {
        client::MainWindow w(&m_api, nullptr);
        client::RevenuePage *page = openPage(w);
        QVERIFY(page);
        client::ReceiptQueueTab *tab = page->queue();
        QSignalSpy loaded(tab, &client::ReceiptQueueTab::loaded);
        page->tabs()->setCurrentWidget(tab);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(tab->table()->rowCount(), 2);
        QSignalSpy shown(tab, &client::ReceiptQueueTab::receiptShown);
        tab->table()->selectRow(0);
        QVERIFY(shown.wait(20000));
        QSignalSpy failed(tab, &client::ReceiptQueueTab::failed);
        tab->match(u"9999"_s, s("画像で確認"));
        QVERIFY(failed.wait(20000));
        QVERIFY2(!tab->errorText().isEmpty(), "a 通知書番号 the ledger does not know is refused");
        tab->match(u"2026000102"_s, s("画像で金額7,200円を確認"));
        QVERIFY(shown.wait(20000));
        QCOMPARE(tab->receipt().value("noticeNo").toString(), u"2026000102"_s);
        QVERIFY(tab->receipt().value("outcome").toString() != u"mismatch"_s);
        QCOMPARE(tab->history()->count(), 1);
        tab->reverse(s("別の納付書"));
        QVERIFY(shown.wait(20000));
        QCOMPARE(tab->history()->count(), 2);
        QVERIFY(tab->history()->item(1)->text().contains(s("別の納付書")));
        QTRY_COMPARE_WITH_TIMEOUT(tab->table()->rowCount(), 2, 20000); // back in the queue
        save(w, u"revenue-queue.png"_s);
    }

    void aPersonsPaymentStatus()
    {
        const auto paid = m_server->client().post("/api/v1/revenue/counter",
                                                  {{"noticeNo", "2026000111"}, {"amount", 12000}}, m_token);
        QCOMPARE(paid.status, 201); // 1,200円 too much: 過誤納
        client::MainWindow w(&m_api, nullptr);
        client::RevenuePage *page = openPage(w);
        QVERIFY(page);
        client::PaymentStatusTab *tab = page->paymentStatus();
        page->tabs()->setCurrentWidget(tab);
        QSignalSpy loaded(tab, &client::PaymentStatusTab::loaded);
        tab->showParty(3001);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(tab->table()->rowCount(), 3);
        QCOMPARE(tab->table()->item(0, 7)->text(), s("0円"));
        QCOMPARE(tab->table()->item(1, 9)->text(), s("1,200円"));
        QCOMPARE(tab->table()->item(2, 7)->text(), s("10,800円"));
        QVERIFY2(tab->totals().contains(s("10,800円")), qPrintable(tab->totals()));
        tab->table()->selectRow(1);
        save(w, u"revenue-payment-status.png"_s);
    }

    void directDebitFiles()
    {
        client::MainWindow w(&m_api, nullptr);
        client::RevenuePage *page = openPage(w);
        QVERIFY(page);
        client::DirectDebitTab *tab = page->directDebit();
        page->tabs()->setCurrentWidget(tab);
        tab->setDebitDate(kDue);
        QSignalSpy saved(tab, &client::DirectDebitTab::requestSaved);
        tab->createRequest(m_files.filePath(u"request.txt"_s));
        QVERIFY2(saved.wait(20000), qPrintable(tab->errorText()));
        QFile request(m_files.filePath(u"request.txt"_s));
        QVERIFY(request.open(QIODevice::ReadOnly));
        revenue::ParsedDebitFile read = revenue::parseDebitFile(request.readAll(), revenue::debitResultCodes(), kDue);
        QCOMPARE(read.file.records.size(), 2);
        read.file.records[1].resultCode = 1; // 資金不足
        QFile result(m_files.filePath(u"kekka.txt"_s));
        QVERIFY(result.open(QIODevice::WriteOnly));
        result.write(*revenue::writeDebitFile(read.file, true, true));
        result.close();
        QSignalSpy imported(tab, &client::DirectDebitTab::imported);
        tab->importResult(result.fileName(), true);
        QVERIFY2(imported.wait(20000), qPrintable(tab->errorText()));
        QVERIFY(tab->summary().startsWith(s("試行")));
        tab->importResult(result.fileName(), false);
        QVERIFY2(imported.wait(20000), qPrintable(tab->errorText()));
        QCOMPARE(tab->failures()->rowCount(), 1);
        QCOMPARE(tab->failures()->item(0, 4)->text(), s("資金不足"));
        QVERIFY(test::fitsScreen(&w));
    }

    void theDailyReport()
    {
        client::MainWindow w(&m_api, nullptr);
        client::RevenuePage *page = openPage(w);
        QVERIFY(page);
        client::DailyReportTab *tab = page->dailyReport();
        page->tabs()->setCurrentWidget(tab);
        QSignalSpy loaded(tab, &client::DailyReportTab::loaded);
        tab->showDay(QDate(2026, 6, 1));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(tab->channels()->item(0, 0)->text(), s("OCR納付書"));
        QCOMPARE(tab->imports()->item(0, 0)->text(), u"20260601-1/ocr.csv"_s);
        QSignalSpy saved(tab, &client::DailyReportTab::saved);
        tab->saveCsv(m_files.filePath(u"day.csv"_s));
        QVERIFY(saved.wait(20000));
        QFile csv(m_files.filePath(u"day.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(csv.readAll()).contains(s("収納日計表")));
        // The month's report as the 会計管理者's PDF.
        QSignalSpy monthLoaded(tab, &client::DailyReportTab::loaded);
        tab->showPeriod(QDate(2026, 6, 15), true);
        QVERIFY(monthLoaded.wait(20000));
        QCOMPARE(tab->imports()->item(0, 0)->text(), u"20260601-1/ocr.csv"_s);
        tab->saveReport(m_files.filePath(u"month.pdf"_s), u"pdf"_s);
        QVERIFY(saved.wait(20000));
        QFile pdf(m_files.filePath(u"month.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF"));
        tab->showDay(QDate(2026, 6, 1));
        QVERIFY(monthLoaded.wait(20000));
        save(w, u"revenue-daily-report.png"_s);
    }
};

QTEST_MAIN(TreasuryScreensTest)
#include "treasuryscreens_test.moc"
