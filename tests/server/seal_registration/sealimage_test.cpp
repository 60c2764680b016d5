// The seal image (server/seal_registration/sealimage.h): generated impressions of known size, shape,
// turn and resolution come back measured in millimetres (within 0.15 mm: a few pixels' antialiasing)
// and straightened; PNG and TIFF; the file's resolution or the one given; refusals for what is not a
// measurable impression; the stored PNG keeps the size.
#include "sealimagekit.h"
#include "server/seal_registration/sealimage.h"
#include "shared/api/seal_registration/errors.h"
#include "tests/shared/tabletest.h"

#include <QImageReader>
#include <QTest>

using namespace kikan;
using namespace kikan::seal_registration;

namespace {
constexpr double kTolerance = 0.15;
}

class SealImageTest : public QObject
{
    Q_OBJECT
private slots:
    void measuresKnownImpressions_data()
    {
        test::addColumns<double, double, double, bool, double, bool>(
            {"width", "height", "dpi", "round", "turn", "specks"});
        QTest::newRow("15 mm round at 600 dpi") << 15.0 << 15.0 << 600.0 << true << 0.0 << false;
        QTest::newRow("15 mm round at 300 dpi") << 15.0 << 15.0 << 300.0 << true << 0.0 << false;
        QTest::newRow("8 mm round at 600 dpi") << 8.0 << 8.0 << 600.0 << true << 0.0 << false;
        QTest::newRow("12 mm square turned 5°") << 12.0 << 12.0 << 600.0 << false << 5.0 << false;
        QTest::newRow("12 mm square turned -8°") << 12.0 << 12.0 << 400.0 << false << -8.0 << false;
        QTest::newRow("24×18 mm oblong turned 3°, dust") << 24.0 << 18.0 << 600.0 << false << 3.0
                                                         << true;
        QTest::newRow("21 mm round with dust") << 21.0 << 21.0 << 600.0 << true << 0.0 << true;
        QTest::newRow("26 mm round at 300 dpi") << 26.0 << 26.0 << 300.0 << true << 0.0 << false;
    }
    void measuresKnownImpressions()
    {
        QFETCH(double, width);
        QFETCH(double, height);
        QFETCH(double, dpi);
        QFETCH(bool, round);
        QFETCH(double, turn);
        QFETCH(bool, specks);
        const QByteArray png = test::encoded(
            test::sealScan({width, height, dpi, round, turn, specks}));
        const MeasuredImpression m = measureImpression(png);
        QCOMPARE(m.dpi, dpi);
        QVERIFY2(std::abs(m.size.widthMm - width) < kTolerance, qPrintable(QString::number(m.size.widthMm)));
        QVERIFY2(std::abs(m.size.heightMm - height) < kTolerance, qPrintable(QString::number(m.size.heightMm)));
        if (!round)
            QVERIFY2(std::abs(m.skewDegrees + turn) < 0.2, qPrintable(QString::number(m.skewDegrees)));
        else
            QCOMPARE(m.skewDegrees, 0.0); // a round seal is left as scanned
        QCOMPARE(m.image.format(), QImage::Format_Mono);

        // What is stored: a PNG that reads back at the same size and resolution.
        const QImage stored = QImage::fromData(m.png, "PNG");
        QCOMPARE(stored.size(), m.image.size());
        QVERIFY(std::abs(impressionSize(stored).widthMm - m.size.widthMm) < 0.01);
    }

    void sizeRuleOnTheMeasuredImpression()
    {
        const SealRules &rules = rulesOn(QDate(2025, 6, 2));
        auto codeFor = [&rules](double mm) {
            const MeasuredImpression m = measureImpression(test::encoded(test::sealScan({mm, mm})));
            const auto refusal = sizeRefusal(m.size, rules);
            return refusal ? refusal->code() : QString();
        };
        QCOMPARE(codeFor(7.0), QString(api::err::SealTooSmall));
        QCOMPARE(codeFor(9.0), QString());
        QCOMPARE(codeFor(24.0), QString());
        QCOMPARE(codeFor(27.0), QString(api::err::SealTooLarge));
    }

    void readsTiffWithItsResolution()
    {
        QVERIFY2(QImageReader::supportedImageFormats().contains("tiff"),
                 "Qt's TIFF plug-in (qt6-image-formats-plugins) is needed");
        const QByteArray tiff = test::encoded(test::sealScan({18, 18, 400}), "TIFF");
        const MeasuredImpression m = measureImpression(tiff);
        QCOMPARE(qRound(m.dpi), 400);
        QVERIFY(std::abs(m.size.widthMm - 18) < kTolerance);
    }

    void resolutionGivenWhenTheFileHasNone()
    {
        QImage scan = test::sealScan({15, 15, 600});
        scan.setDotsPerMeterX(2835); // what Qt reads from a file without a resolution (72 dpi)
        scan.setDotsPerMeterY(2835);
        const QByteArray png = test::encoded(scan);
        QVERIFY_THROWS_EXCEPTION(core::Failure, measureImpression(png));
        try {
            measureImpression(png);
        } catch (const core::Failure &f) {
            QCOMPARE(f.code(), QString(api::err::SealNoResolution));
        }
        const MeasuredImpression m = measureImpression(png, {.dpi = 600});
        QVERIFY(std::abs(m.size.widthMm - 15) < kTolerance);
    }

    void regionLimitsTheSearch()
    {
        const QImage scan = test::sealScan({15, 15, 600, true, 0, true});
        const QRect middle(scan.width() / 4, scan.height() / 4, scan.width() / 2, scan.height() / 2);
        const MeasuredImpression m = measureImpression(test::encoded(scan), {.region = middle});
        QVERIFY(std::abs(m.size.widthMm - 15) < kTolerance);
    }

    void refusals_data()
    {
        test::addColumns<QByteArray, QString>({"file", "code"});
        QImage blank(800, 800, QImage::Format_RGB32);
        blank.fill(Qt::white);
        blank.setDotsPerMeterX(23622);
        blank.setDotsPerMeterY(23622);
        QImage dusty = blank;
        dusty.setPixel(100, 100, qRgb(0, 0, 0));
        QTest::newRow("not an image") << QByteArray("%PDF-1.4 not an image")
                                      << QString(api::err::SealImageUnreadable);
        QTest::newRow("blank paper") << test::encoded(blank) << QString(api::err::SealNoImpression);
        QTest::newRow("only dust") << test::encoded(dusty) << QString(api::err::SealNoImpression);
    }
    void refusals()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, code);
        try {
            measureImpression(file);
            QFAIL("measured");
        } catch (const core::Failure &f) {
            QCOMPARE(f.code(), code);
        }
    }
};

QTEST_GUILESS_MAIN(SealImageTest)
#include "sealimage_test.moc"
