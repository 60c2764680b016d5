// 納税通知書 兼 納付書 (server/light_vehicle_tax/notice.h) over real HTTPS on SQLite and PostgreSQL:
// after 当初課税, the batch PDF has a page per 納税義務者 and two vehicles (pdfinfo), the notice's
// facts in its text (pdftotext), and each slip's GS1-128 barcode decodes back (zbarimg) to the 44
// digits whose check digit verifies and which carry the 調定's 通知書番号 and amount.
#include "vehicletestkit.h"

#include "server/assessment/assessmentledger.h"
#include "shared/revenue/conveniencesettings.h"
#include "tests/shared/forms/formtestkit.h"

#include <QGuiApplication>

using namespace kikan;
using test::u8;

class NoticeTest : public test::VehicleFixture
{
    Q_OBJECT
public:
    using VehicleFixture::VehicleFixture;

private:
    QList<qint64> m_vehicles;

    // The 44 digits of a zbarimg line ("GS1-128:…", "CODE-128:…"; FNC1 and brackets dropped).
    static QString digitsOf(const QString &line)
    {
        QString out;
        for (QChar c : line.mid(line.indexOf(QLatin1Char(':')) + 1)) {
            if (c.isDigit())
                out += c;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        startWithParties();
        m_vehicles << vehicleId(registerVehicle(m_resident, u8("本町 た 1"), u"2024-05-01"_s))
                   << vehicleId(registerVehicle(m_resident, u8("本町 た 2"), u"2024-05-01"_s,
                                                {{"vehicleClass", "moped_class1"}}))
                   << vehicleId(registerVehicle(m_resident, u8("本町 た 3"), u"2024-05-01"_s,
                                                {{"firstInspection", "2010-01"}}))
                   << vehicleId(registerVehicle(m_company, u8("本町 た 4"), u"2024-05-01"_s,
                                                {{"body", "cargo"}, {"use", "business"}}));
        QCOMPARE(runAssessment()[u"state"_s].toString(), u"done"_s);
    }
    void cleanupTestCase() { m_server.reset(); }

    void batchPdfWithSlipsThatDecode()
    {
        const test::HttpReply r = get(u"/api/v1/light-vehicle-tax/assessments/2025/notices"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("application/pdf"));
        const QString pdf = test::writeTempPdf(r.body, u"notices.pdf"_s);
        QCOMPARE(test::pdfPageCount(pdf), 3); // 3 vehicles → 2 pages, 1 vehicle → 1 page
        const QString first = test::pdfText(pdf, 1);
        QVERIFY2(first.contains(u8("令和7年度 軽自動車税（種別割）納税通知書")), qPrintable(first));
        QVERIFY2(first.contains(u8("軽井")) && first.contains(u8("四郎")), qPrintable(first));
        QVERIFY(first.contains(u8("本町 た 1")));
        QVERIFY(first.contains(u8("10,800円")));
        QVERIFY(first.contains(u8("令和7年5月31日")));
        QVERIFY(QString(first).remove(QLatin1Char(' ')).contains(u"1/2"_s));
        QVERIFY(test::pdfText(pdf, 3).contains(u8("有限会社軽運送")));

        const QImage page = test::rasterise(pdf, 1, 300);
        QVERIFY(!page.isNull());
        const auto &ledger = m_server->app().context().services.get<assessment::AssessmentLedger>();
        const auto &settings = revenue::convenienceSettings();
        // Slip slots at y 122 and 202 mm; the barcode 38 mm below the slot's top.
        for (int slot = 0; slot < 2; ++slot) {
            const QStringList lines = test::decodeBarcodes(
                test::cropMm(page, QRectF(15, 122 + slot * 80 + 34, 180, 24), 300));
            QCOMPARE(lines.size(), 1);
            const QString digits = digitsOf(lines[0]);
            QCOMPARE(digits.size(), 44);
            const auto barcode = revenue::parseConvenienceBarcode(digits);
            QVERIFY2(barcode.ok(), qPrintable(lines[0]));
            QCOMPARE(revenue::convenienceCheckDigit(QStringView(digits).left(43)),
                     digits.back().digitValue());
            const revenue::SlipFacts facts = revenue::slipFactsOf(settings, barcode.value());
            const auto assessment = ledger.findBySource(
                u"light_vehicle_tax:2025:vehicle:%1:party:%2"_s.arg(m_vehicles[slot]).arg(m_resident));
            QVERIFY(assessment);
            QCOMPARE(facts.noticeNo, assessment->input.noticeNo);
            QCOMPARE(assessment->input.amount, barcode.value().amount);
            QCOMPARE(barcode.value().payBy, QDate(2025, 5, 31));
        }
    }

    void oneTaxpayerAndTheRight()
    {
        const test::HttpReply one = get(
            u"/api/v1/light-vehicle-tax/assessments/2025/notices?partyNo=%1"_s.arg(m_company));
        QCOMPARE(one.status, 200);
        QCOMPARE(test::pdfPageCount(test::writeTempPdf(one.body, u"one.pdf"_s)), 1);
        QCOMPARE(get(u"/api/v1/light-vehicle-tax/assessments/2025/notices"_s, m_viewer).status, 403);
        QCOMPARE(get(u"/api/v1/light-vehicle-tax/assessments/2024/notices"_s).status, 404);
    }
};

int main(int argc, char *argv[])
{
    // The renderer needs fonts: a QGuiApplication, offscreen as on the server.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return test::execOnBothStores<NoticeTest, QGuiApplication>(argc, argv);
}

#include "notice_test.moc"
