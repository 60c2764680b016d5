// Storage normalisation: NFC, variation selectors kept, compatibility ideographs kept as SVS.
#include "shared/text/normalize.h"

#include "tests/shared/tabletest.h"

#include <QtTest>

using kikan::text::compatibilityIdeographSvs;
using kikan::text::normalizeForStorage;
using kikan::text::stripVariationSelectors;

class NormalizeTest : public QObject {
    Q_OBJECT
private slots:
    void storageForm_data();
    void storageForm();
    void isIdempotent();
    void svsOfCompatibilityIdeographs_data();
    void svsOfCompatibilityIdeographs();
    void allDecomposableCompatibilityIdeographsHaveSvs();
    void stripsVariationSelectors();
};

void NormalizeTest::storageForm_data()
{
    kikan::test::addTextRows({"input", "stored"}, {
        {"plain name unchanged", {u"山田太郎"_qs, u"山田太郎"_qs}},
        {"combining dakuten composed", {u"か\u3099"_qs, u"が"_qs}},
        {"katakana combining handakuten", {u"ハ\u309A"_qs, u"パ"_qs}},
        {"IVS kept", {u"葛\U000E0100城"_qs, u"葛\U000E0100城"_qs}},
        {"MJ IVS kept", {u"辻\U000E0101"_qs, u"辻\U000E0101"_qs}},
        {"SVS kept", {u"逸\uFE00"_qs, u"逸\uFE00"_qs}},
        {"compatibility 逸 U+FA67 to SVS", {u"\uFA67見"_qs, u"\u9038\uFE01見"_qs}},
        {"compatibility 神 U+FA19 to SVS", {u"\uFA19田"_qs, u"\u795E\uFE00田"_qs}},
        {"塚 U+FA10 to FE00", {u"\uFA10本"_qs, u"\u585A\uFE00本"_qs}},
        {"塚 U+FA7C to FE01", {u"\uFA7C本"_qs, u"\u585A\uFE01本"_qs}},
        {"﨑 U+FA11 is unified, kept", {u"\uFA11"_qs, u"\uFA11"_qs}},
        {"髙 kept", {u"髙橋"_qs, u"髙橋"_qs}},
        {"supplementary compatibility", {u"\U0002F800"_qs, u"\u4E3D\uFE00"_qs}},
        {"width not folded", {u"ﾔﾏﾀﾞ ＡＢ"_qs, u"ﾔﾏﾀﾞ ＡＢ"_qs}},
        {"latin composed", {u"e\u0301"_qs, u"é"_qs}},
        {"empty", {QString(), QString()}},
    });
}

void NormalizeTest::storageForm()
{
    QFETCH(QString, input);
    QFETCH(QString, stored);
    QCOMPARE(normalizeForStorage(input), stored);
}

void NormalizeTest::isIdempotent()
{
    const QString s = u"\uFA67\uFA11葛\U000E0100か\u3099"_qs;
    QCOMPARE(normalizeForStorage(normalizeForStorage(s)), normalizeForStorage(s));
}

void NormalizeTest::svsOfCompatibilityIdeographs_data()
{
    kikan::test::addColumns<uint, QString>({"c", "svs"});
    QTest::newRow("U+FA67 逸 (after U+FA25)") << 0xFA67u << u"\u9038\uFE01"_qs;
    QTest::newRow("U+F900 豈") << 0xF900u << u"\u8C48\uFE00"_qs;
    QTest::newRow("U+F91D 欄") << 0xF91Du << u"\u6B04\uFE00"_qs;
    QTest::newRow("U+FA78 喝 (second of its base)") << 0xFA78u << u"\u559D\uFE01"_qs;
    QTest::newRow("U+FA11 﨑 unified") << 0xFA11u << QString();
    QTest::newRow("ASCII") << uint('A') << QString();
    QTest::newRow("unified ideograph") << 0x9038u << QString();
}

void NormalizeTest::svsOfCompatibilityIdeographs()
{
    QFETCH(uint, c);
    QFETCH(QString, svs);
    QCOMPARE(compatibilityIdeographSvs(c), svs);
}

// Unicode's StandardizedVariants.txt has 1,002 sequences for compatibility ideographs.
void NormalizeTest::allDecomposableCompatibilityIdeographsHaveSvs()
{
    int count = 0;
    for (char32_t c = 0xF900; c <= 0xFAFF; ++c)
        count += !compatibilityIdeographSvs(c).isEmpty();
    for (char32_t c = 0x2F800; c <= 0x2FA1F; ++c)
        count += !compatibilityIdeographSvs(c).isEmpty();
    QCOMPARE(count, 1002);
}

void NormalizeTest::stripsVariationSelectors()
{
    QCOMPARE(stripVariationSelectors(u"葛\U000E0100城 逸\uFE00 辻\U000E01EF"_qs),
             u"葛城 逸 辻"_qs);
    QCOMPARE(stripVariationSelectors(u"山田"_qs), u"山田"_qs);
}

QTEST_GUILESS_MAIN(NormalizeTest)
#include "normalize_test.moc"
