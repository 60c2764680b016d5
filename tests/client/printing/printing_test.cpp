// Printing through printer profiles (client/printing): a profile survives its JSON and the
// terminal's settings, and a broken file or value is refused in Japanese; a form printed through
// QPrinter moves by exactly the entered offset — +1.5 mm is 17.7 device pixels at 300 dpi and 35.4
// at 600 dpi, measured on the rasterised page; a profile naming a printer this terminal does not
// have prints nothing and says so; the 印字位置調整 screen fits 1024×768, its preview moves with the
// offset, and it saves (screenshot print-offset.png to $KIKAN_SCREENSHOT_DIR).
#include "client/app/clientsettings.h"
#include "client/printing/printoffsetdialog.h"
#include "client/printing/profileprinting.h"
#include "tests/shared/forms/formtestkit.h"
#include "tests/shared/tabletest.h"
#include "tests/support/testenv.h"

#include <QApplication>
#include <QDir>
#include <QImageReader>
#include <QPrinter>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kikan;
using namespace kikan::client;
using namespace Qt::Literals::StringLiterals;

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }

// A form with one box whose left edge is at 20 mm and top at 30 mm.
forms::FormRenderer boxForm()
{
    return forms::FormRenderer(*forms::FormLayout::fromJson(
        R"({"name": "box-test", "page": {"size": "A4"}, "font": {"family": "IPAmjMincho", "size": 10},
            "elements": [{"type": "box", "x": 20, "y": 30, "w": 60, "h": 40, "lineWidth": 0.5}]})",
        u"box-test"_s));
}

// The first dark column on row `y` and the first dark row on column `x` (device pixels).
int firstDarkColumn(const QImage &page, int y)
{
    for (int x = 0; x < page.width(); ++x) {
        if (qGray(page.pixel(x, y)) < 128)
            return x;
    }
    return -1;
}
int firstDarkRow(const QImage &page, int x)
{
    for (int y = 0; y < page.height(); ++y) {
        if (qGray(page.pixel(x, y)) < 128)
            return y;
    }
    return -1;
}

// Where the box's top-left lands when printed through `profile` at `dpi`.
QPoint printedCorner(const PrinterProfile &profile, int dpi)
{
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"out.pdf"_s));
    printer.setResolution(dpi);
    if (printForm(printer, profile, boxForm(), {forms::PageData{}}))
        return {};
    const QImage page = test::rasterise(dir.filePath(u"out.pdf"_s), 1, dpi);
    const double pxPerMm = dpi / 25.4;
    return {firstDarkColumn(page, int(50 * pxPerMm)), firstDarkRow(page, int(50 * pxPerMm))};
}
} // namespace

class PrintingTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"kikan-test"_s);
        QCoreApplication::setApplicationName(u"printing-test"_s);
        QSettings().remove(u"printing"_s);
        QVERIFY(installLanguage(u"ja"_s));
        QImageReader::setAllocationLimit(512); // an A4 page at 600 dpi is read as 140 MB
    }

    void profilesSurviveTheirJsonAndTheSettings()
    {
        PrinterProfile fanfold{u"連帳"_s, PrinterKind::Continuous, u"RICOH Pro F2110Y"_s,
                               u"Tractor"_s, false, 15, 11, 600, {}};
        fanfold.adjustments.insert(u"light-vehicle-notice"_s, {12, -7, 995});
        const PrinterProfile counter{u"窓口1"_s, PrinterKind::Counter, u"XL-9382"_s, u"Tray 2"_s,
                                     true, 0, 0, 0, {{u"resident-household"_s, {15, 0, 1000}}}};
        saveProfiles({counter, fanfold});
        const QList<PrinterProfile> back = loadProfiles();
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0].adjustments.value(u"resident-household"_s).xTenthMm, 15);
        QCOMPARE(back[1].kind, PrinterKind::Continuous);
        QCOMPARE(back[1].paperWidthInch, 15.0);
        const forms::PrintOffset o = back[1].offsetFor(u"light-vehicle-notice"_s);
        QCOMPARE(o.xMm, 1.2);
        QCOMPARE(o.yMm, -0.7);
        QCOMPARE(o.scale, 0.995);
        QCOMPARE(back[0].offsetFor(u"another-form"_s).xMm, 0.0);
    }

    void brokenProfileFilesAreRefused_data()
    {
        kikan::test::addColumns<QByteArray, QString>({"json", "says"});
        const QByteArray head = R"({"format": "kikan-printer-profiles", "version": 1, "profiles": [)";
        QTest::newRow("not JSON") << QByteArray("{") << s("ファイルではありません");
        QTest::newRow("another format") << QByteArray(R"({"format": "x", "version": 1})")
                                        << s("ファイルではありません");
        QTest::newRow("newer version")
            << QByteArray(R"({"format": "kikan-printer-profiles", "version": 2, "profiles": []})")
            << s("読めない形式");
        QTest::newRow("no name") << head + R"({"kind": "counter"}]})" << s("名前がありません");
        QTest::newRow("unknown kind") << head + R"({"name": "a", "kind": "laser"}]})" << s("種類");
        QTest::newRow("fanfold too wide")
            << head + R"({"name": "a", "kind": "continuous", "paperWidthInch": 17, "paperLengthInch": 11}]})"
            << s("連帳用紙");
        QTest::newRow("offset beyond 20 mm")
            << head + R"({"name": "a", "kind": "counter", "forms": {"f": {"x": 201}}}]})"
            << s("±20.0 mm");
        QTest::newRow("scale beyond 110%")
            << head + R"({"name": "a", "kind": "counter", "forms": {"f": {"scale": 1200}}}]})"
            << s("拡大縮小");
        QTest::newRow("same name twice")
            << head + R"({"name": "a", "kind": "counter"}, {"name": "a", "kind": "sheet"}]})"
            << s("重複");
    }
    void brokenProfileFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        const auto imported = importProfiles(json);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, QString::fromLatin1(err::ProfileInvalid));
        QVERIFY2(imported.error().message.contains(says), qPrintable(imported.error().message));
    }

    void theOffsetMovesThePrintedFormByItsDevicePixels_data()
    {
        kikan::test::addColumns<int>({"dpi"});
        QTest::newRow("300 dpi") << 300;
        QTest::newRow("600 dpi") << 600;
    }
    void theOffsetMovesThePrintedFormByItsDevicePixels()
    {
        QFETCH(int, dpi);
        PrinterProfile profile{u"窓口1"_s, PrinterKind::Counter};
        const QPoint at = printedCorner(profile, dpi);
        QVERIFY2(at.x() > 0 && at.y() > 0, qPrintable(u"%1,%2"_s.arg(at.x()).arg(at.y())));
        // The box's edge lies at 20 mm, 30 mm (less half its 0.5 mm line).
        QVERIFY2(std::abs(at.x() - (20 - 0.25) * dpi / 25.4) <= 2, qPrintable(QString::number(at.x())));
        profile.adjustments.insert(u"box-test"_s, {15, -10, 1000}); // +1.5 mm right, 1.0 mm up
        const QPoint moved = printedCorner(profile, dpi);
        QVERIFY2(std::abs((moved.x() - at.x()) - 1.5 * dpi / 25.4) <= 1.0,
                 qPrintable(u"%1 px"_s.arg(moved.x() - at.x())));
        QVERIFY2(std::abs((moved.y() - at.y()) + 1.0 * dpi / 25.4) <= 1.0,
                 qPrintable(u"%1 px"_s.arg(moved.y() - at.y())));
    }

    void aMissingPrinterPrintsNothing()
    {
        QPrinter printer; // the native format: a real printer is wanted
        const PrinterProfile profile{u"窓口9"_s, PrinterKind::Counter, u"存在しないプリンタ"_s};
        const std::optional<QString> error = printForm(printer, profile, boxForm(), {forms::PageData{}});
        QVERIFY(error);
        QVERIFY2(error->contains(s("存在しないプリンタ")) && error->contains(s("印刷していません")),
                 qPrintable(*error));
    }

    void theAdjustmentScreenMovesItsPreviewAndSaves()
    {
        QSettings().remove(u"printing"_s);
        PrintOffsetDialog dialog;
        dialog.show();
        QVERIFY(dialog.minimumSizeHint().width() <= 1024 && dialog.minimumSizeHint().height() <= 768);
        QVERIFY(dialog.width() <= 1024 && dialog.height() <= 768);
        QVERIFY(!PrintOffsetDialog::availableForms().isEmpty());
        dialog.selectForm(u"resident-household"_s);
        dialog.setOffset(0, 0);
        const QImage before = dialog.previewImage();
        dialog.setOffset(1.5, 0);
        const QImage after = dialog.previewImage();
        // The title box's frame (x = 12 mm) at the preview's 2 px/mm: 3 px further right.
        const int row = int(20 * 2.0);
        auto firstRed = [row](const QImage &image) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, row);
                if (c.red() > 150 && c.green() < 100)
                    return x;
            }
            return -1;
        };
        QVERIFY(firstRed(before) > 0);
        QCOMPARE(firstRed(after) - firstRed(before), 3);
        QVERIFY(dialog.save());
        QCOMPARE(loadProfiles().value(0).adjustments.value(u"resident-household"_s).xTenthMm, 15);
        const QString shots = qEnvironmentVariable("KIKAN_SCREENSHOT_DIR",
                                                   test::binaryDir() + u"/screenshots"_s);
        QDir().mkpath(shots);
        QVERIFY(dialog.grab().save(shots + u"/print-offset.png"_s));
        // The test page through PDF output: written, and its frames where the offset puts them.
        QTemporaryDir dir;
        QPrinter pdf(QPrinter::HighResolution);
        pdf.setOutputFormat(QPrinter::PdfFormat);
        pdf.setOutputFileName(dir.filePath(u"test-page.pdf"_s));
        QVERIFY(!dialog.printTestPageOn(pdf));
        QVERIFY(dialog.statusText().contains(s("テストページ")));
        QVERIFY(QFileInfo(dir.filePath(u"test-page.pdf"_s)).size() > 1000);
    }
};

QTEST_MAIN(PrintingTest)
#include "printing_test.moc"
