// The form engine (shared/forms): layouts from JSON, fitting text (shrink, then an error, never a
// cut), repeats, vector barcodes that decode, printOffset, printer margins, IVS glyphs of IPAmj明朝.
#include "shared/forms/formrenderer.h"

#include "formtestkit.h"

#include <QCoreApplication>
#include <QPrinter>
#include <QTest>

using namespace kikan::forms;

namespace {

FormLayout parse(const char *json)
{
    auto layout = FormLayout::fromJson(QByteArray(json), QStringLiteral("test"));
    if (!layout.ok())
        qFatal("%s", qPrintable(layout.error().message));
    return layout.value();
}

const char *const kNameSpecimen = R"({
  "name": "name-specimen", "page": {"size": "A4"}, "font": {"family": "IPAmjMincho", "size": 28},
  "elements": [
    {"type": "box", "x": 10, "y": 10, "w": 90, "h": 20},
    {"type": "text", "id": "name", "x": 12, "y": 10, "w": 86, "h": 20, "text": "{name}"}
  ]})";

QString program() { return QCoreApplication::applicationFilePath(); }

} // namespace

class FormEngineTest : public QObject {
    Q_OBJECT
private slots:
    void layoutErrorsNameTheElement();
    void layoutGivesCapacityAndElementRects();
    void longTextShrinksAndStaysWhole();
    void textBeyondMinimumSizeIsAnError();
    void missingValueIsAnError();
    void moreRowsThanSlotsIsAnError();
    void emptySlotGetsTheEmptyMark();
    void code128AndQrDecode();
    void printOffsetShiftsEverything();
    void printerMarginsAreCompensated();
    void ivsNamePrintsItsOwnGlyph();
    void verticalTextStacksCharacters();
};

void FormEngineTest::layoutErrorsNameTheElement()
{
    auto bad = FormLayout::fromJson(R"({"elements": [{"type": "box", "x": 1, "y": 2, "w": 3}]})",
                                    QStringLiteral("bad"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.errorCode(), QStringLiteral("forms.layout_invalid"));
    QVERIFY2(bad.error().message.contains(QStringLiteral("elements[0].h")),
             qPrintable(bad.error().message));
    QCOMPARE(FormLayout::fromJson(R"({"elements": [{"type": "circle"}]})", QStringLiteral("x"))
                 .errorCode(),
             QStringLiteral("forms.layout_invalid"));
    QCOMPARE(FormLayout::fromJson("not json", QStringLiteral("x")).errorCode(),
             QStringLiteral("forms.layout_invalid"));
}

void FormEngineTest::layoutGivesCapacityAndElementRects()
{
    const FormLayout layout = parse(R"({"elements": [
      {"type": "repeat", "source": "persons", "count": 4, "x": 10, "y": 50, "dy": 40,
       "elements": [{"type": "text", "id": "p.name", "x": 5, "y": 2, "w": 60, "h": 8,
                     "text": "{name}"}]}]})");
    QCOMPARE(layout.capacity(QStringLiteral("persons")), 4);
    QCOMPARE(layout.capacity(QStringLiteral("other")), 0);
    QCOMPARE(layout.elementRect(QStringLiteral("p.name"), 2).value(), QRectF(15, 132, 60, 8));
    QCOMPARE(layout.paperSizeMm().toSize(), QSize(210, 297));
}

void FormEngineTest::longTextShrinksAndStaysWhole()
{
    const FormRenderer renderer(parse(R"({"elements": [
      {"type": "text", "x": 10, "y": 10, "w": 60, "h": 8, "size": 12, "minSize": 6,
       "text": "{address}"}]})"));
    PageData page;
    page.values[QStringLiteral("address")] = QStringLiteral("北海道河西郡芽室町東二条南一丁目1番地1");
    auto pdf = renderer.renderPdf({page});
    QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().message));
    const QString text = kikan::test::pdfText(kikan::test::writeTempPdf(pdf.value(), "s.pdf"));
    QVERIFY2(text.contains(page.values[QStringLiteral("address")]), qPrintable(text));
}

void FormEngineTest::textBeyondMinimumSizeIsAnError()
{
    const FormRenderer renderer(parse(R"({"elements": [
      {"type": "text", "id": "address", "x": 10, "y": 10, "w": 30, "h": 8, "size": 12,
       "minSize": 9, "text": "{address}"}]})"));
    PageData page;
    page.values[QStringLiteral("address")] = QStringLiteral("北海道河西郡芽室町東二条南一丁目1番地1");
    auto pdf = renderer.renderPdf({page});
    QVERIFY(!pdf.ok());
    QCOMPARE(pdf.errorCode(), QStringLiteral("forms.text_overflow"));
    QVERIFY(pdf.error().message.contains(QStringLiteral("address")));

    // Wrapping is allowed where the layout says so, but still never cut.
    const FormRenderer wrapping(parse(R"({"elements": [
      {"type": "text", "x": 10, "y": 10, "w": 30, "h": 12, "size": 10, "minSize": 8,
       "wrap": true, "text": "{address}"}]})"));
    QVERIFY(wrapping.renderPdf({page}).ok());
    page.values[QStringLiteral("address")] = page.values[QStringLiteral("address")].repeated(4);
    QCOMPARE(wrapping.renderPdf({page}).errorCode(), QStringLiteral("forms.text_overflow"));
}

void FormEngineTest::missingValueIsAnError()
{
    const FormRenderer renderer(parse(R"({"elements": [
      {"type": "text", "x": 10, "y": 10, "w": 60, "h": 8, "text": "{nothing}"}]})"));
    QCOMPARE(renderer.renderPdf({PageData{}}).errorCode(), QStringLiteral("forms.missing_value"));
    QCOMPARE(renderer.renderPdf({}).errorCode(), QStringLiteral("forms.render_failed"));
}

void FormEngineTest::moreRowsThanSlotsIsAnError()
{
    const FormRenderer renderer(parse(R"({"elements": [
      {"type": "repeat", "source": "p", "count": 2, "x": 0, "y": 0, "dy": 10,
       "elements": [{"type": "text", "x": 10, "y": 10, "w": 60, "h": 8, "text": "{n}"}]}]})"));
    PageData page;
    page.rows[QStringLiteral("p")] = {{{"n", "1"}}, {{"n", "2"}}, {{"n", "3"}}};
    QCOMPARE(renderer.renderPdf({page}).errorCode(), QStringLiteral("forms.too_many_rows"));
}

void FormEngineTest::emptySlotGetsTheEmptyMark()
{
    const FormRenderer renderer(parse(R"({"elements": [
      {"type": "repeat", "source": "p", "count": 3, "x": 10, "y": 10, "dy": 20,
       "elements": [{"type": "text", "x": 0, "y": 0, "w": 30, "h": 8, "text": "氏名"},
                    {"type": "text", "x": 30, "y": 0, "w": 60, "h": 8, "text": "{n}"}],
       "empty": [{"type": "text", "x": 30, "y": 0, "w": 60, "h": 8, "text": "以下余白"}]}]})"));
    PageData page;
    page.rows[QStringLiteral("p")] = {{{"n", "山田太郎"}}};
    auto pdf = renderer.renderPdf({page});
    QVERIFY(pdf.ok());
    const QString text = kikan::test::pdfText(kikan::test::writeTempPdf(pdf.value(), "e.pdf"));
    QCOMPARE(text.count(QStringLiteral("氏名")), 3);
    QCOMPARE(text.count(QStringLiteral("以下余白")), 1);
    QVERIFY(text.contains(QStringLiteral("山田太郎")));
}

void FormEngineTest::code128AndQrDecode()
{
    const FormRenderer renderer(parse(R"({"elements": [
      {"type": "barcode", "symbology": "code128", "x": 20, "y": 20, "w": 50, "h": 10,
       "text": "{serial}"},
      {"type": "barcode", "symbology": "qr", "x": 120, "y": 20, "w": 25, "h": 25,
       "text": "{serial}"}]})"));
    PageData page;
    page.values[QStringLiteral("serial")] = QStringLiteral("R08-0001234");
    auto pdf = renderer.renderPdf({page});
    QVERIFY(pdf.ok());
    const QString path = kikan::test::writeTempPdf(pdf.value(), "b.pdf");
    for (int dpi : {200, 300}) {
        const QImage raster = kikan::test::rasterise(path, 1, dpi);
        const QImage code128 = kikan::test::cropMm(raster, QRectF(10, 15, 70, 20), dpi);
        const QImage qr = kikan::test::cropMm(raster, QRectF(110, 10, 45, 45), dpi);
        QCOMPARE(kikan::test::decodeBarcodes(code128),
                 QStringList{QStringLiteral("CODE-128:R08-0001234")});
        QCOMPARE(kikan::test::decodeBarcodes(qr),
                 QStringList{QStringLiteral("QR-Code:R08-0001234")});
    }
    page.values[QStringLiteral("serial")] = QStringLiteral("番号");
    const FormRenderer code128Only(parse(R"({"elements": [{"type": "barcode",
      "symbology": "code128", "x": 20, "y": 20, "w": 50, "h": 10, "text": "{serial}"}]})"));
    QCOMPARE(code128Only.renderPdf({page}).errorCode(), QStringLiteral("forms.barcode_invalid"));
}

void FormEngineTest::printOffsetShiftsEverything()
{
    const FormRenderer renderer(parse(R"({"elements": [
      {"type": "box", "x": 50, "y": 60, "w": 40, "h": 20, "lineWidth": 0.5}]})"));
    auto plain = renderer.renderPdf({PageData{}});
    auto shifted = renderer.renderPdf({PageData{}}, PrintOffset{5.0, -3.0});
    QVERIFY(plain.ok() && shifted.ok());
    const int dpi = 254; // 10 px per mm
    const QRect a = kikan::test::inkBounds(
        kikan::test::rasterise(kikan::test::writeTempPdf(plain.value(), "o1.pdf"), 1, dpi));
    const QRect b = kikan::test::inkBounds(
        kikan::test::rasterise(kikan::test::writeTempPdf(shifted.value(), "o2.pdf"), 1, dpi));
    QVERIFY(qAbs(a.left() - 500) <= 5 && qAbs(a.top() - 600) <= 5);
    QVERIFY2(qAbs(b.left() - a.left() - 50) <= 1, qPrintable(QString::number(b.left())));
    QVERIFY2(qAbs(b.top() - a.top() + 30) <= 1, qPrintable(QString::number(b.top())));
    QCOMPARE(b.size(), a.size());
}

void FormEngineTest::printerMarginsAreCompensated()
{
    // The counter printer path: a QPrinter that keeps its default margins still prints at the
    // layout's positions measured from the paper's corner.
    const FormRenderer renderer(parse(R"({"elements": [
      {"type": "box", "x": 50, "y": 60, "w": 40, "h": 20, "lineWidth": 0.5}]})"));
    const QString path = kikan::test::writeTempPdf(QByteArray(), "printer.pdf");
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageMargins(QMarginsF(15, 20, 15, 20), QPageLayout::Millimeter);
        QVERIFY(!printer.fullPage());
        const auto error = renderer.render(printer, {PageData{}}, PrintOffset{1.0, 2.0});
        QVERIFY(!error);
    }
    const QRect box = kikan::test::inkBounds(kikan::test::rasterise(path, 1, 254));
    QVERIFY2(qAbs(box.left() - 510) <= 5 && qAbs(box.top() - 620) <= 5,
             qPrintable(QStringLiteral("%1,%2").arg(box.left()).arg(box.top())));
}

void FormEngineTest::ivsNamePrintsItsOwnGlyph()
{
    // 葛 + U+E0102 is MJ022335 (the 11-stroke form), which IPAmj明朝 draws differently from the
    // base 葛 (MJ022336); 髙 is a character of its own.
    const FormRenderer renderer(parse(kNameSpecimen));
    const auto raster = [&](const QString &name) {
        PageData page;
        page.values[QStringLiteral("name")] = name;
        auto pdf = renderer.renderPdf({page});
        if (!pdf.ok())
            qFatal("%s", qPrintable(pdf.error().message));
        const QImage image =
            kikan::test::rasterise(kikan::test::writeTempPdf(pdf.value(), "n.pdf"), 1, 200);
        return kikan::test::cropMm(image, QRectF(10, 10, 90, 20), 200);
    };
    const QString ivs = QStringLiteral("葛") + QString::fromUcs4(U"\U000E0102")
                        + QStringLiteral("西　髙橋");
    const QImage withIvs = raster(ivs);
    const QImage base = raster(QStringLiteral("葛西　髙橋"));
    const QImage plainTaka = raster(QStringLiteral("葛西　高橋"));
    QVERIFY(kikan::test::differingFraction(withIvs, base) > 0.001);
    QVERIFY(kikan::test::differingFraction(base, plainTaka) > 0.001);
    QVERIFY(kikan::test::matchesGolden(withIvs, QStringLiteral("name-ivs"), 0.002, program()));
}

void FormEngineTest::verticalTextStacksCharacters()
{
    const FormRenderer renderer(parse(R"({"elements": [
      {"type": "text", "vertical": true, "align": "center", "valign": "top", "x": 20, "y": 20,
       "w": 10, "h": 60, "size": 14, "minSize": 8, "text": "住民票の写し"}]})"));
    auto pdf = renderer.renderPdf({PageData{}});
    QVERIFY(pdf.ok());
    const QRect ink = kikan::test::inkBounds(
        kikan::test::rasterise(kikan::test::writeTempPdf(pdf.value(), "v.pdf"), 1, 100));
    QVERIFY2(ink.height() > 3 * ink.width(), qPrintable(QStringLiteral("%1x%2")
                                                            .arg(ink.width())
                                                            .arg(ink.height())));
}

QTEST_MAIN(FormEngineTest)
#include "formengine_test.moc"
