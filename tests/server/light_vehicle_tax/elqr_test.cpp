// The eL-QR payload on the 納付書 (server/light_vehicle_tax/elqr.h): the shipped format is
// disabled [要確認] and the slip keeps its empty eL-QR box; a town's enabled format fills its
// template from the slip, and the rendered notice page carries a QR code that zbarimg decodes to
// exactly that payload (the GS1-128 slip barcode is checked by notice_test.cpp).
#include "server/light_vehicle_tax/elqr.h"
#include "server/light_vehicle_tax/notice.h"
#include "shared/forms/formrenderer.h"
#include "tests/shared/forms/formtestkit.h"

#include <QGuiApplication>
#include <QtTest>

using namespace kikan;
using namespace kikan::light_vehicle_tax;
using namespace Qt::Literals::StringLiterals;

class ElQrTest : public QObject
{
    Q_OBJECT

    static Notice notice()
    {
        Notice n;
        n.taxpayer.partyNo = 1000123;
        n.taxpayer.familyName = QString::fromUtf8("軽井");
        n.taxpayer.givenName = QString::fromUtf8("四郎");
        n.taxpayer.address = QString::fromUtf8("鳥取県東伯郡琴浦町大字徳万1-2");
        Levy l;
        l.fiscalYear = 2025;
        l.vehicleId = 42;
        l.rate.rateClass = u"four_wheel_passenger_private"_s;
        l.rate.column = u"new"_s;
        l.rate.amount = core::Money::ofYen(10800);
        l.amount = core::Money::ofYen(10800);
        l.noticeNo = u"202500000004201"_s;
        n.lines.append({l, QString::fromUtf8("鳥取 580 あ 1234"), QString::fromUtf8("軽四輪 乗用 自家用")});
        return n;
    }
    static QString renderPage(const ElQrFormat &format)
    {
        const auto layout = forms::FormLayout::load(u":/kikan/forms/light-vehicle-notice.json"_s);
        if (!layout.ok())
            return {};
        const NoticeHeader header{2025, QDate(2025, 6, 2), QDate(2025, 5, 1), QString::fromUtf8("琴浦町長")};
        const auto pdf = forms::FormRenderer(layout.value())
                             .renderPdf(noticePages(notice(), header, revenue::convenienceSettings(), format));
        return pdf.ok() ? test::writeTempPdf(pdf.value(), u"elqr-notice.pdf"_s) : QString();
    }

private slots:
    void shippedFormatIsDisabled()
    {
        QVERIFY(!ElQrFormat::builtIn().enabled);
        QVERIFY(ElQrFormat::builtIn().render({u"1"_s, 2025, 1, core::Money::ofYen(1), {}}).isEmpty());
        const QString path = renderPage(ElQrFormat::builtIn());
        QVERIFY(!path.isEmpty());
        QVERIFY(test::pdfText(path).contains(u"eL-QR"_s)); // the empty box and its label
        for (const QString &code : test::decodeBarcodes(test::rasterise(path, 1, 300)))
            QVERIFY2(!code.startsWith(u"QR-Code:"_s), qPrintable(code));
    }

    void enabledFormatIsPrintedAndDecodes()
    {
        const ElQrFormat format = ElQrFormat::parse(
            R"({"enabled": true, "payload": "T{item}|{fiscalYear}-{installment}|{noticeNo}|{amount}|{dueDate}"})");
        QVERIFY(format.enabled);
        const QString expected = u"Tlight_vehicle_tax|2025-1|202500000004201|10800|20250602"_s;
        QCOMPARE(format.render({u"202500000004201"_s, 2025, 1, core::Money::ofYen(10800), QDate(2025, 6, 2)}),
                 expected);
        const QString path = renderPage(format);
        QVERIFY(!path.isEmpty());
        const QStringList codes = test::decodeBarcodes(test::rasterise(path, 1, 300));
        QVERIFY2(codes.contains(u"QR-Code:"_s + expected), qPrintable(codes.join(u'\n')));
        QVERIFY(!test::pdfText(path).contains(u"eL-QR"_s));
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    ElQrTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "elqr_test.moc"
