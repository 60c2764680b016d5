// 連帳 (fanfold) paper in inches and several forms per sheet (shared/forms, docs/printing.md
// "連帳 (continuous forms) in the engine"): a 15 × 11 inch layout gives a 15 × 11 inch PDF page;
// out-of-range sizes and slot counts are layout errors; two payment slips per sheet land in their
// slots (PDF written at 600 dpi, the continuous printer's resolution, measured on a 300 dpi
// raster); three slips take two sheets; a form marked startsSheet begins a new sheet.
#include "tests/support/tools.h"
#include "shared/forms/formrenderer.h"

#include "formtestkit.h"

#include <QTest>

using namespace kikan::forms;

namespace {
// Two slips of 5.5 inch (139.7 mm) each on a 10 × 11 inch sheet; a box marks each slip's corner.
const char *const kTwoSlips = R"({
  "name": "two-slips", "page": {"size": "fanfold", "widthInch": 10, "lengthInch": 11,
                                "slots": {"count": 2, "dx": 0, "dy": 139.7}},
  "elements": [{"type": "box", "x": 20, "y": 10, "w": 30, "h": 10, "lineWidth": 0.5}]})";

FormLayout parse(const QByteArray &json)
{
    auto layout = FormLayout::fromJson(json, QStringLiteral("test"));
    if (!layout.ok())
        qFatal("%s", qPrintable(layout.error().message));
    return layout.value();
}

QString pageSize(const QString &pdf)
{
    const QString out = QString::fromUtf8(kikan::test::runTool(QStringLiteral("pdfinfo"), {pdf}).out);
    return out.section(QStringLiteral("Page size:"), 1).section(QLatin1Char('\n'), 0, 0).simplified();
}
} // namespace

class FanfoldTest : public QObject {
    Q_OBJECT
private slots:
    void fanfoldPaperIsGivenInInches()
    {
        const FormLayout layout = parse(R"({"page": {"size": "fanfold", "widthInch": 15, "lengthInch": 11},
            "elements": [{"type": "box", "x": 10, "y": 10, "w": 20, "h": 20}]})");
        QCOMPARE(layout.paperSizeMm().width(), 381.0);
        QCOMPARE(layout.paperSizeMm().height(), 279.4);
        QCOMPARE(layout.formsPerSheet(), 1);
        const auto pdf = FormRenderer(layout).renderPdf({PageData{}}, {}, {}, 600);
        QVERIFY(pdf.ok());
        QCOMPARE(pageSize(kikan::test::writeTempPdf(pdf.value(), "fanfold.pdf")), QStringLiteral("1080 x 792 pts"));
    }

    void badFanfoldAndSlotsAreLayoutErrors_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QString>("path");
        QTest::newRow("no width") << QByteArray(R"({"size": "fanfold", "lengthInch": 11})") << "page.widthInch";
        QTest::newRow("too long") << QByteArray(R"({"size": "fanfold", "widthInch": 15, "lengthInch": 30})") << "page.widthInch";
        QTest::newRow("no slots") << QByteArray(R"({"size": "A4", "slots": {"count": 0}})") << "page.slots.count";
        QTest::newRow("too many slots") << QByteArray(R"({"size": "A4", "slots": {"count": 17}})") << "page.slots.count";
    }
    void badFanfoldAndSlotsAreLayoutErrors()
    {
        QFETCH(QByteArray, page);
        QFETCH(QString, path);
        const auto layout = FormLayout::fromJson(R"({"page": )" + page + R"(, "elements": []})", QStringLiteral("t"));
        QVERIFY(!layout.ok());
        QCOMPARE(layout.error().code, QStringLiteral("forms.layout_invalid"));
        QVERIFY2(layout.error().message.contains(path), qPrintable(layout.error().message));
    }

    void twoSlipsPerSheetLandInTheirSlots()
    {
        const FormLayout layout = parse(kTwoSlips);
        QCOMPARE(layout.formsPerSheet(), 2);
        const auto pdf = FormRenderer(layout).renderPdf({PageData{}, PageData{}, PageData{}}, {}, {}, 600);
        QVERIFY(pdf.ok());
        const QString path = kikan::test::writeTempPdf(pdf.value(), "two-slips.pdf");
        QCOMPARE(kikan::test::pdfPageCount(path), 2); // three slips: two sheets
        const int dpi = 300; // rendered at 600 dpi; read back at 300 (a 600 dpi raster is over Qt's image limit)
        const QImage sheet = kikan::test::rasterise(path, 1, dpi);
        const double pxPerMm = dpi / 25.4;
        // The second slip's box: 139.7 mm (5.5 inch) below the first, in the lower half.
        const QImage lower = sheet.copy(0, sheet.height() / 2, sheet.width(), sheet.height() / 2);
        const QRect first = kikan::test::inkBounds(sheet.copy(0, 0, sheet.width(), sheet.height() / 2));
        const QRect second = kikan::test::inkBounds(lower).translated(0, sheet.height() / 2);
        QVERIFY2(qAbs(first.top() - 10 * pxPerMm) <= 4, qPrintable(QString::number(first.top())));
        QVERIFY2(qAbs(second.top() - first.top() - 139.7 * pxPerMm) <= 2,
                 qPrintable(QStringLiteral("%1 %2").arg(first.top()).arg(second.top())));
        QCOMPARE(second.left(), first.left());
        // The second sheet holds one slip: its lower half is blank.
        const QImage last = kikan::test::rasterise(path, 2, 100);
        QVERIFY(kikan::test::inkBounds(last.copy(0, last.height() / 2, last.width(), last.height() / 2)).isEmpty());
    }

    void aFormMayStartANewSheet()
    {
        PageData second;
        second.startsSheet = true;
        const auto pdf = FormRenderer(parse(kTwoSlips)).renderPdf({PageData{}, second}, {}, {}, 100);
        QVERIFY(pdf.ok());
        QCOMPARE(kikan::test::pdfPageCount(kikan::test::writeTempPdf(pdf.value(), "starts.pdf")), 2);
    }
};

QTEST_MAIN(FanfoldTest)

#include "fanfold_test.moc"
