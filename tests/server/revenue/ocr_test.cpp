// OCR batches on SQLite and PostgreSQL (server/revenue/ocrbatch.h): a folder written as the reader
// would — slip images carrying a real GS1-128 (rendered with zint) and a Shift_JIS recognition
// file — read with zxing-cpp and matched: barcode and fields that agree pay; a deliberately altered
// amount and a slip without a readable barcode are kept as mismatch with their image, then resolved
// by hand; the same batch twice applies once; a missing image stops the batch and is named; the
// fixed-length layout reads the same slips.
#include "dskfile.h"
#include "revenuetestkit.h"
#include "slipimage.h"
#include "server/revenue/ocrbatch.h"
#include "tests/support/bothstores.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace kikan;
using namespace kikan::revenue;
using core::Money;


class OcrTest : public test::RevenueTestCase
{
    Q_OBJECT
public:
    using RevenueTestCase::RevenueTestCase;

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    qint64 m_a = 0, m_b = 0, m_c = 0;

    void writeSlip(const QString &name, const QString &barcode)
    {
        QVERIFY(test::slipImage(barcode).save(m_folder->filePath(name)));
    }
    void writeRecognition(const QStringList &lines, const QString &name = QStringLiteral("ocr.csv"))
    {
        QFile f(m_folder->filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::shiftJis(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")));
    }
    ImportResult import(const QString &layout = QStringLiteral("default"),
                        const QString &name = QStringLiteral("ocr.csv"))
    {
        const OcrBatch batch = readOcrBatch(m_folder->path(), name, ocrLayouts().value(layout));
        return m_server->reconciler().importFile(channel::Ocr, name, batch.identity, batch.parsed,
                                                 false, test::revenueClerk());
    }

private slots:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }
    void init()
    {
        m_server->clear();
        m_folder = std::make_unique<QTemporaryDir>();
        const auto clerk = test::revenueClerk();
        const QDate due(2026, 6, 1);
        m_a = m_server->ledger().create(test::assessmentInput("a", 1001, 10800, due, "2026000101"), clerk);
        m_b = m_server->ledger().create(test::assessmentInput("b", 1002, 7200, due, "2026000102"), clerk);
        m_c = m_server->ledger().create(test::assessmentInput("c", 1003, 3600, due, "2026000103"), clerk);
        writeSlip("0001.png", test::slipBarcodeFor("2026000101", 10800));
        writeSlip("0002.png", test::slipBarcodeFor("2026000102", 7200));
        writeSlip("0003.png", {}); // a smudged slip: no barcode to read
    }

    void theBarcodeIsReadFromTheImage()
    {
        QImage image;
        QVERIFY(image.load(m_folder->filePath("0001.png")));
        QCOMPARE(readSlipBarcodes(image), QStringList({test::slipBarcodeFor("2026000101", 10800)}));
        QVERIFY(readSlipBarcodes(test::slipImage({})).isEmpty());
    }

    void agreeingSlipsPayAndTheRestWaitWithTheirImage()
    {
        // 0002's amount was misread (7,900 for 7,200): it must not pay.
        writeRecognition({"0001.png,2026000101,10800,20260520", "0002.png,2026000102,7900,20260520",
                          "0003.png,2026000103,3600,20260520"});
        const ImportResult r = import();
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
        QCOMPARE(r.receipts.size(), 3);
        QCOMPARE(r.receipts.at(0).outcome, MatchOutcome::Matched);
        QCOMPARE(r.receipts.at(1).outcome, MatchOutcome::Mismatch);
        QCOMPARE(r.receipts.at(1).line.problem, QStringLiteral("金額が読取り（7,900円）とバーコード（7,200円）で違います。"));
        QCOMPARE(r.receipts.at(1).line.reference, QStringLiteral("0002.png"));
        QCOMPARE(r.receipts.at(2).outcome, MatchOutcome::Mismatch);
        QCOMPARE(r.receipts.at(2).line.problem, QStringLiteral("画像からバーコードを読めません。"));
        QCOMPARE(m_server->owed(m_a), Money());
        QCOMPARE(m_server->owed(m_b), Money::ofYen(7200));
        const auto queue = m_server->reconciler().unmatched();
        QCOMPARE(queue.size(), 2);
        QCOMPARE(queue.first().line.problem, r.receipts.at(1).line.problem); // stored with it
        // Staff look at 0003's image and match it by hand.
        const Receipt resolved = m_server->reconciler().matchByHand(r.receipts.at(2).id, m_c,
                                                                    "画像で確認", test::revenueClerk());
        QCOMPARE(resolved.outcome, MatchOutcome::Matched);
        QCOMPARE(m_server->owed(m_c), Money());
        // The same batch again applies once.
        QVERIFY(import().alreadyImported);
        QCOMPARE(m_server->rows("revenue_receipts"), 3);
    }

    void aMissingImageStopsTheBatch()
    {
        writeRecognition({"0001.png,2026000101,10800,20260520", "0009.png,2026000109,100,20260520",
                          "0002.png,2026000102,7,200,20260520"});
        const ImportResult r = import();
        QStringList messages;
        for (const LineError &e : r.errors)
            messages << e.message;
        QCOMPARE(messages, QStringList({QStringLiteral("2行目: 画像 0009.png がありません。"),
                                        QStringLiteral("3行目: 収納日が日付ではありません。")}));
        QCOMPARE(m_server->rows("revenue_receipts"), 0);
        QCOMPARE(m_server->owed(m_a), Money::ofYen(10800));
    }

    void theFixedLengthLayoutReadsTheSameSlips()
    {
        writeRecognition({QStringLiteral("0001.png").leftJustified(24) + QStringLiteral("2026000101").leftJustified(15)
                          + QStringLiteral("10800").rightJustified(10, u'0') + QStringLiteral("20260520")},
                         QStringLiteral("ocr.dat"));
        const ImportResult r = import(QStringLiteral("fixed"), QStringLiteral("ocr.dat"));
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
        QCOMPARE(r.receipts.first().outcome, MatchOutcome::Matched);
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<OcrTest, QGuiApplication>(argc, argv);
}

#include "ocr_test.moc"
