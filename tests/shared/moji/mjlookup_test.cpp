// MJ character lookups by MJ文字図形名, 住基ネット統一文字コード, 戸籍統一文字番号 and Unicode (+IVS/SVS):
// the rows of tests/data/moji/lookups.tsv (checked against mojidata 1.8.1) and invalid codes.
#include "mojitestdata.h"

#include "shared/moji/charset.h"
#include "tests/shared/tabletest.h"

#include <QTest>

using namespace kikan::moji;

class MjLookupTest : public QObject {
    Q_OBJECT

private slots:
    void lookupsRoundTrip_data();
    void lookupsRoundTrip();
    void everyMjCodeRoundTripsThroughItsOtherCodes();
    void invalidCodesAreNotFound_data();
    void invalidCodesAreNotFound();
    void tableSizesAreInTheExpectedRange();
    void attributionNamesSourceAndLicence();
};

void MjLookupTest::lookupsRoundTrip_data()
{
    kikan::test::addColumns<QString, QString, QString, QString, int>(
        {"mjCode", "sequence", "jukiCode", "kosekiCode", "strokes"});
    for (const QStringList &r : kikan::moji::test::readTable(QStringLiteral("lookups.tsv")))
        QTest::addRow("%s %s", qPrintable(r[0]), qPrintable(kikan::moji::test::codePoints(r[1])))
            << r[0] << r[1] << r[2] << r[3] << r[4].toInt();
}

void MjLookupTest::lookupsRoundTrip()
{
    QFETCH(QString, mjCode);
    QFETCH(QString, sequence);
    QFETCH(QString, jukiCode);
    QFETCH(QString, kosekiCode);
    QFETCH(int, strokes);

    const auto byCode = byMjCode(mjCode);
    QVERIFY(byCode);
    QCOMPARE(byCode->mjCode, mjCode);
    QCOMPARE(byCode->jukiCode, jukiCode);
    QCOMPARE(byCode->kosekiCode, kosekiCode);
    QCOMPARE(byCode->strokes, strokes);
    QVERIFY(sequence == byCode->ucs || sequence == byCode->ivs || sequence == byCode->svs);

    const auto bySequence = byUcs(sequence);
    QVERIFY(bySequence);
    QCOMPARE(bySequence->mjCode, mjCode);
    if (!jukiCode.isEmpty())
        QCOMPARE(byJukiCode(jukiCode)->mjCode, mjCode);
    if (!kosekiCode.isEmpty())
        QCOMPARE(byKosekiCode(kosekiCode)->mjCode, mjCode);
}

// Every MJ character: found by its code, and its 住基/戸籍 codes and UCS/IVS/SVS lead back to it.
void MjLookupTest::everyMjCodeRoundTripsThroughItsOtherCodes()
{
    int found = 0;
    int withoutCodePoint = 0;
    for (int n = 1; n <= 99999; ++n) {
        const QString code = QStringLiteral("MJ%1").arg(n, 6, 10, QLatin1Char('0'));
        const auto c = byMjCode(code);
        if (!c)
            continue;
        ++found;
        QCOMPARE(c->mjCode, code);
        if (c->ucs.isEmpty() && c->ivs.isEmpty())
            ++withoutCodePoint;
        if (!c->jukiCode.isEmpty())
            QCOMPARE(byJukiCode(c->jukiCode)->mjCode, code);
        if (!c->kosekiCode.isEmpty())
            QCOMPARE(byKosekiCode(c->kosekiCode)->mjCode, code);
        for (const QString &s : {c->ucs, c->ivs, c->svs})
            if (!s.isEmpty())
                QCOMPARE(byUcs(s)->mjCode, code);
    }
    QCOMPARE(found, 58862);  // MJ文字情報一覧表 00602
    // A few glyphs have neither a UCS nor an IVS: duplicates (MJ003719 = MJ003718 by its 備考) and
    // withdrawn ones without 対応するUCS (MJ037229): 19 in MJ文字情報一覧表 00602.
    QVERIFY2(withoutCodePoint < 50, qPrintable(QString::number(withoutCodePoint)));
}

void MjLookupTest::invalidCodesAreNotFound_data()
{
    kikan::test::addColumns<QString, QString>({"kind", "code"});
    QTest::newRow("mj empty") << "mj" << "";
    QTest::newRow("mj short") << "mj" << "MJ1";
    QTest::newRow("mj no prefix") << "mj" << "028902";
    QTest::newRow("mj letters") << "mj" << "MJ02890X";
    QTest::newRow("mj sign") << "mj" << "MJ+28902";
    QTest::newRow("mj unassigned") << "mj" << "MJ099999";
    QTest::newRow("juki no prefix") << "juki" << "9AD9";
    QTest::newRow("juki not hex") << "juki" << "J+9AZ9";
    QTest::newRow("juki too long") << "juki" << "J+9AD99";
    QTest::newRow("juki unassigned") << "juki" << "J+0041";
    QTest::newRow("koseki short") << "koseki" << "51328";
    QTest::newRow("koseki letters") << "koseki" << "51328A";
    QTest::newRow("koseki unassigned") << "koseki" << "999999";
    QTest::newRow("ucs empty") << "ucs" << "";
    QTest::newRow("ucs two characters") << "ucs" << "高橋";
    QTest::newRow("ucs Adobe IVS") << "ucs" << QStringLiteral("葛\U000E0100");
    QTest::newRow("ucs private use") << "ucs" << QStringLiteral("\uE000");
    QTest::newRow("ucs kana") << "ucs" << "か";
}

void MjLookupTest::invalidCodesAreNotFound()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    std::optional<MjCharacter> c;
    if (kind == u"mj")
        c = byMjCode(code);
    else if (kind == u"juki")
        c = byJukiCode(code);
    else if (kind == u"koseki")
        c = byKosekiCode(code);
    else
        c = byUcs(code);
    QVERIFY2(!c, qPrintable(c ? c->mjCode : QString()));
}

void MjLookupTest::tableSizesAreInTheExpectedRange()
{
    const TableSizes sizes = tableSizes();
    QCOMPARE(sizes.mjCharacters, 58862);
    // CHARACTERS.md quotes about 23,400; the two tables it names give 20,583 (docs/moji.md).
    QVERIFY2(sizes.foldRows > 19000 && sizes.foldRows < 25000,
             qPrintable(QString::number(sizes.foldRows)));
    QVERIFY2(sizes.looseRows > 10 && sizes.looseRows < 1000,
             qPrintable(QString::number(sizes.looseRows)));
}

void MjLookupTest::attributionNamesSourceAndLicence()
{
    const QString text = attribution();
    for (const char *needle : {"CC BY-SA 2.1 JP", "IPA", "文字情報基盤", "mojidata", "MIT"})
        QVERIFY2(text.contains(QString::fromUtf8(needle)), needle);
}

QTEST_GUILESS_MAIN(MjLookupTest)
#include "mjlookup_test.moc"
