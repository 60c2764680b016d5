// OCR of real 軽自動車税 slips on SQLite and PostgreSQL (issue 13 "Done when"): 納税通知書 rendered
// by server/light_vehicle_tax's notice renderer (noticePages + resources/forms/light-vehicle-
// notice.json, read-only use) into a PDF, rasterised with pdftoppm at 300 dpi as the reader would
// scan them, written as a batch folder with a recognition file in which one amount is deliberately
// misread — zxing-cpp reads each slip's GS1-128 from the PNG, the agreeing slip pays, the altered
// one is kept as mismatch naming both amounts.
#include "dskfile.h"
#include "revenuetestkit.h"
#include "server/light_vehicle_tax/notice.h"
#include "server/revenue/ocrbatch.h"
#include "shared/forms/formrenderer.h"
#include "tests/shared/forms/formtestkit.h"
#include "tests/support/bothstores.h"

#include <QGuiApplication>
#include <QTemporaryDir>

using namespace kikan;
using namespace kikan::revenue;
using core::Money;

namespace {

light_vehicle_tax::Notice noticeFor(qint64 partyNo, const QString &name, const QString &noticeNo, qint64 yen)
{
    light_vehicle_tax::Notice n;
    n.taxpayer.partyNo = partyNo;
    n.taxpayer.familyName = name;
    n.taxpayer.givenName = QStringLiteral("太郎");
    n.taxpayer.postalCode = QStringLiteral("689-2501");
    n.taxpayer.address = QStringLiteral("鳥取県東伯郡琴浦町大字徳万1番地");
    light_vehicle_tax::NoticeLine line;
    line.levy.fiscalYear = 2026;
    line.levy.taxpayerPartyNo = partyNo;
    line.levy.rate = {2026, QStringLiteral("four_wheel_passenger_private"), QStringLiteral("new"), {}, Money::ofYen(yen)};
    line.levy.amount = Money::ofYen(yen);
    line.levy.noticeNo = noticeNo;
    line.plateNo = QStringLiteral("鳥取 580 あ 12-34");
    line.classLabel = QStringLiteral("四輪 乗用 自家用");
    n.lines = {line};
    return n;
}

} // namespace

class LvtSlipOcrTest : public test::RevenueTestCase
{
    Q_OBJECT
public:
    using RevenueTestCase::RevenueTestCase;

private slots:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }

    void renderedNoticesAreReadAndTheAlteredAmountIsAMismatch()
    {
        m_server->clear();
        const QDate due(2026, 6, 1);
        const qint64 a = m_server->ledger().create(test::assessmentInput("lvt-a", 7001, 10800, due, "2026000201"),
                                                   test::revenueClerk());
        m_server->ledger().create(test::assessmentInput("lvt-b", 7002, 7200, due, "2026000202"), test::revenueClerk());
        const light_vehicle_tax::NoticeHeader header{2026, due, QDate(2026, 5, 1), QStringLiteral("琴浦町長")};
        QList<forms::PageData> pages;
        for (const auto &n : {noticeFor(7001, QStringLiteral("山田"), "2026000201", 10800),
                              noticeFor(7002, QStringLiteral("鈴木"), "2026000202", 7200)})
            pages += light_vehicle_tax::noticePages(n, header, convenienceSettings());
        const auto layout = forms::FormLayout::load(QStringLiteral(":/kikan/forms/light-vehicle-notice.json"));
        QVERIFY(layout);
        const auto pdf = forms::FormRenderer(*layout).renderPdf(pages);
        QVERIFY(pdf);
        const QString pdfPath = test::writeTempPdf(*pdf, QStringLiteral("lvt-notices"));
        QCOMPARE(test::pdfPageCount(pdfPath), 2);

        QTemporaryDir folder;
        for (int page = 1; page <= 2; ++page) {
            const QImage scan = test::rasterise(pdfPath, page, 300); // pdftoppm, as the reader scans
            QVERIFY(!scan.isNull());
            QVERIFY(scan.save(folder.filePath(QStringLiteral("%1.png").arg(page, 4, 10, QLatin1Char('0')))));
        }
        QImage first;
        QVERIFY(first.load(folder.filePath("0001.png")));
        QCOMPARE(readSlipBarcodes(first).size(), 1);
        QFile recognition(folder.filePath("ocr.csv"));
        QVERIFY(recognition.open(QIODevice::WriteOnly));
        recognition.write(test::shiftJis(QStringLiteral("0001.png,2026000201,10800,20260520\r\n"
                                                        "0002.png,2026000202,7900,20260520\r\n")));
        recognition.close();

        const OcrBatch batch = readOcrBatch(folder.path(), QStringLiteral("ocr.csv"), ocrLayouts().value("default"));
        const ImportResult r = m_server->reconciler().importFile(channel::Ocr, QStringLiteral("ocr.csv"), batch.identity,
                                                                 batch.parsed, false, test::revenueClerk());
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
        QCOMPARE(r.receipts.size(), 2);
        QCOMPARE(r.receipts.at(0).outcome, MatchOutcome::Matched);
        QCOMPARE(m_server->owed(a), Money::ofYen(0));
        QCOMPARE(r.receipts.at(1).outcome, MatchOutcome::Mismatch);
        QCOMPARE(r.receipts.at(1).line.problem, QStringLiteral("金額が読取り（7,900円）とバーコード（7,200円）で違います。"));
        QCOMPARE(r.receipts.at(1).line.reference, QStringLiteral("0002.png"));
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<LvtSlipOcrTest, QGuiApplication>(argc, argv);
}

#include "lvtslip_ocr_test.moc"
