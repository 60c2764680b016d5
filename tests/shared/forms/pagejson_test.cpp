// Pages as JSON (shared/forms/pagejson.h): a page set survives the JSON byte for byte (values with
// IVS, repeat rows, a PNG with every byte value), draws the same pixels and digests the same after
// the trip, names its layout by file and digest, and broken sets are refused naming the item.
#include "shared/forms/formrenderer.h"
#include "shared/forms/pagedigest.h"
#include "shared/forms/pageimage.h"
#include "shared/forms/pagejson.h"

#include "formtestkit.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kikan::forms;

namespace {

const char *const kLayout = R"({
  "name": "pages-test", "page": {"size": "A5", "orientation": "landscape"},
  "font": {"family": "IPAmjMincho", "size": 12},
  "elements": [
    {"type": "text", "x": 10, "y": 10, "w": 120, "h": 12, "text": "{name}"},
    {"type": "image", "x": 140, "y": 10, "w": 40, "h": 40, "image": "seal", "fit": "box"},
    {"type": "barcode", "symbology": "qr", "x": 140, "y": 80, "w": 30, "h": 30, "text": "{code}"},
    {"type": "repeat", "source": "people", "count": 3, "x": 10, "y": 30, "dx": 0, "dy": 10,
     "elements": [{"type": "text", "x": 0, "y": 0, "w": 100, "h": 9, "text": "{who}"}]}
  ]})";

// A small PNG (a red ring) with a resolution, as a seal impression is stored.
QByteArray sealPng()
{
    QImage image(60, 60, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < 60; ++y)
        for (int x = 0; x < 60; ++x)
            if (qAbs((x - 30) * (x - 30) + (y - 30) * (y - 30) - 600) < 120)
                image.setPixel(x, y, qRgb(200, 0, 0));
    image.setDotsPerMeterX(11811);
    image.setDotsPerMeterY(11811);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

PageData samplePage()
{
    PageData page;
    page.values = {{QStringLiteral("name"), QStringLiteral("葛\U000E0102西　太郎")},
                   {QStringLiteral("code"), QStringLiteral("KV1.00000001.individual_copy.x")}};
    page.rows.insert(QStringLiteral("people"), {{{QStringLiteral("who"), QStringLiteral("髙橋")}},
                                                {{QStringLiteral("who"), QString()}}});
    page.images.insert(QStringLiteral("seal"), sealPng());
    return page;
}

bool samePage(const PageData &a, const PageData &b)
{
    return a.values == b.values && a.rows == b.rows && a.images == b.images;
}

} // namespace

class PageJsonTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pageSetSurvivesTheJsonByteForByte();
    void theTripChangesNeitherPixelsNorDigest();
    void theDigestLeavesOutImagesAndGivenKeys();
    void layoutIsNamedByFileAndDigest();
    void brokenSetsAreRefused_data();
    void brokenSetsAreRefused();

private:
    QTemporaryDir m_dir;
    QString m_layoutPath;
    FormLayout m_layout;
};

void PageJsonTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile file(m_dir.filePath(QStringLiteral("pages-test.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kLayout);
    file.close();
    m_layoutPath = file.fileName();
    auto layout = FormLayout::load(m_layoutPath);
    QVERIFY2(layout.ok(), layout.ok() ? "" : qPrintable(layout.error().message));
    m_layout = layout.value();
}

void PageJsonTest::pageSetSurvivesTheJsonByteForByte()
{
    PageData second;
    second.values.insert(QStringLiteral("name"), QStringLiteral("二頁目"));
    second.images.insert(QStringLiteral("empty"), QByteArray());
    const PageSet set = pageSetOf(m_layoutPath, {samplePage(), second});
    const QByteArray text = QJsonDocument(pageSetToJson(set)).toJson(QJsonDocument::Compact);
    const auto back = pageSetFromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(back->layout, QStringLiteral("pages-test.json"));
    QCOMPARE(back->layoutDigest.size(), 64);
    QCOMPARE(back->layoutDigest, pageSetOf(m_layoutPath, {}).layoutDigest);
    QCOMPARE(back->pages.size(), 2);
    QVERIFY(samePage(back->pages.at(0), set.pages.at(0)));
    QVERIFY(samePage(back->pages.at(1), set.pages.at(1)));
    QVERIFY(back->pages.at(1).images.contains(QStringLiteral("empty")));
}

void PageJsonTest::theTripChangesNeitherPixelsNorDigest()
{
    const QList<PageData> pages{samplePage()};
    const auto back = pageSetFromJson(QJsonDocument::fromJson(
        QJsonDocument(pageSetToJson(pageSetOf(m_layoutPath, pages))).toJson()).object());
    QVERIFY(back.ok());
    QCOMPARE(pagesDigest(back->pages), pagesDigest(pages));
    const FormRenderer renderer(m_layout);
    const auto before = renderPageImage(renderer, pages.first(), 200);
    const auto after = renderPageImage(renderer, back->pages.first(), 200);
    QVERIFY2(before.ok(), before.ok() ? "" : qPrintable(before.error().message));
    QVERIFY(after.ok());
    QCOMPARE(before->size(), QSize(1654, 1165)); // A5 landscape at 200 dpi
    QVERIFY(*before == *after);
    // The QR drawn from the page data decodes to the page's code.
    const QImage qr = kikan::test::cropMm(*after, QRectF(135, 75, 40, 40), 200);
    QCOMPARE(kikan::test::decodeBarcodes(qr),
             QStringList{QStringLiteral("QR-Code:KV1.00000001.individual_copy.x")});
}

void PageJsonTest::theDigestLeavesOutImagesAndGivenKeys()
{
    PageData page = samplePage();
    const QByteArray digest = pagesDigest({page}, {QStringLiteral("code")});
    page.images.clear();
    page.values.insert(QStringLiteral("code"), QStringLiteral("another"));
    QCOMPARE(pagesDigest({page}, {QStringLiteral("code")}), digest);
    page.values.insert(QStringLiteral("name"), QStringLiteral("葛西　太郎"));
    QVERIFY(pagesDigest({page}, {QStringLiteral("code")}) != digest);
}

void PageJsonTest::layoutIsNamedByFileAndDigest()
{
    PageSet set = pageSetOf(m_layoutPath, {samplePage()});
    const auto same = layoutOf(set, m_dir.path() + QLatin1Char('/'));
    QVERIFY(same.ok());
    QCOMPARE(same->name(), QStringLiteral("pages-test"));
    set.layoutDigest = QStringLiteral("00") + set.layoutDigest.mid(2);
    QCOMPARE(layoutOf(set, m_dir.path() + QLatin1Char('/')).errorCode(),
             QStringLiteral("forms.layout_mismatch"));
    set.layout = QStringLiteral("missing.json");
    QCOMPARE(layoutOf(set, m_dir.path() + QLatin1Char('/')).errorCode(),
             QStringLiteral("forms.layout_invalid"));
}

void PageJsonTest::brokenSetsAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("item");
    const QByteArray head = R"({"format":"kikan-pages","version":1,"layoutDigest":"x",)";
    QTest::newRow("format") << QByteArray(R"({"format":"pdf","version":1})") << "format";
    QTest::newRow("version") << QByteArray(R"({"format":"kikan-pages","version":2})") << "version";
    QTest::newRow("path") << head + R"("layout":"../etc/x.json","pages":[{}]})" << "layout";
    QTest::newRow("no pages") << head + R"("layout":"a.json","pages":[]})" << "pages";
    QTest::newRow("number value")
        << head + R"("layout":"a.json","pages":[{"values":{"a":1}}]})" << "pages[0].values";
    QTest::newRow("row not object")
        << head + R"("layout":"a.json","pages":[{},{"rows":{"p":[1]}}]})" << "pages[1].rows.p";
    QTest::newRow("bad base64")
        << head + R"("layout":"a.json","pages":[{"images":{"seal":"@@"}}]})"
        << "pages[0].images.seal";
}

void PageJsonTest::brokenSetsAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, item);
    const auto set = pageSetFromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!set.ok());
    QCOMPARE(set.errorCode(), QStringLiteral("forms.pages_invalid"));
    QVERIFY2(set.error().message.contains(item), qPrintable(set.error().message));
}

QTEST_MAIN(PageJsonTest)
#include "pagejson_test.moc"
