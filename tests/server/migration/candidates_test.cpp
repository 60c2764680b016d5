// The 外字 list reader (UTF-8 with/without BOM, quoting, every broken row named) and candidate
// proposal by 住基 code, 戸籍 number and UCS/IVS, with the fold variants (CHARACTERS.md 文字同定).
#include "server/migration/candidates.h"
#include "server/migration/glyphcsv.h"

#include <QTest>

using namespace kikan;
using namespace kikan::migration;

namespace {
QStringList codes(const QList<Candidate> &list)
{
    QStringList out;
    for (const Candidate &c : list)
        out.append(c.mjCode);
    return out;
}
const QByteArray kHeader = "vendor_code,juki_code,koseki_code,reading,note\n";
} // namespace

class CandidatesTest : public QObject
{
    Q_OBJECT
private slots:
    void readsGoodFileWithAndWithoutBom()
    {
        const QByteArray body = kHeader + "F040,J+9AD9,513280,たか,\"髙橋, はしご高\"\r\n"
                                          "F041,,,,\n";
        for (const QByteArray &bytes : {body, QByteArray("\xEF\xBB\xBF") + body}) {
            const GlyphCsv csv = parseGlyphCsv(bytes);
            QVERIFY(csv.errors.isEmpty());
            QCOMPARE(csv.rows.size(), 2);
            QCOMPARE(csv.rows[0].vendorCode, QStringLiteral("F040"));
            QCOMPARE(csv.rows[0].jukiCode, QStringLiteral("J+9AD9"));
            QCOMPARE(csv.rows[0].note, QStringLiteral("髙橋, はしご高"));
            QCOMPARE(csv.rows[1].row, 3);
        }
    }

    void namesEveryBrokenRow()
    {
        const GlyphCsv csv = parseGlyphCsv(kHeader + "F040,J+9AD9,513280,,\n"
                                                     "F041,9AD9,,,\n"
                                                     ",J+9AD9,,,\n"
                                                     "F042,,12345,,\n"
                                                     "F043,,\n"
                                                     "F040,,,,\n");
        QCOMPARE(csv.rows.size(), 1);
        QCOMPARE(csv.errors.size(), 5);
        const QList<int> rows{3, 4, 5, 6, 7};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(csv.errors[i].row, rows[i]);
        QVERIFY(csv.errors[0].message.contains(QStringLiteral("住基ネット統一文字コード")));
        QVERIFY(csv.errors[4].message.contains(QStringLiteral("2 行目と重複")));
    }

    void refusesBadHeaderEncodingAndImage()
    {
        QCOMPARE(parseGlyphCsv("juki_code\nJ+9AD9\n").errors.value(0).row, 1);
        QCOMPARE(parseGlyphCsv("vendor_code,colour\nF040,red\n").errors.size(), 1);
        QCOMPARE(parseGlyphCsv("vendor_code\n\xFF\xFE\n").errors.value(0).row, 0);
        const GlyphCsv notPng = parseGlyphCsv("vendor_code,glyph_png_base64\nF040,aGVsbG8=\n");
        QVERIFY(notPng.errors.value(0).message.contains(QStringLiteral("PNG")));
        QVERIFY(!parseGlyphCsv("vendor_code,note\nF040,\"open\n").errors.isEmpty());
        QVERIFY(!parseGlyphCsv("").errors.isEmpty());
    }

    void candidatesByJukiKosekiAndUcs()
    {
        // 髙: 住基 J+9AD9 and 戸籍 513280 are the same MJ character; 高 comes as its variant.
        QList<Candidate> c = proposeCandidates({QStringLiteral("J+9AD9"),
                                                QStringLiteral("513280"), {}});
        QCOMPARE(c.value(0).mjCode, QStringLiteral("MJ028902"));
        QCOMPARE(c.value(0).reasons, (QStringList{"juki", "koseki"}));
        const auto taka = moji::byUcs(QStringLiteral("高"));
        QVERIFY(codes(c).contains(taka->mjCode));
        for (int i = 1; i < c.size(); ++i)
            QCOMPARE(c[i].reasons, QStringList{"variant"});

        c = proposeCandidates({{}, QStringLiteral("094190"), {}});
        QCOMPARE(c.value(0).mjCode, QStringLiteral("MJ030196")); // 﨑
        QCOMPARE(c.value(0).reasons, QStringList{"koseki"});
        QVERIFY(codes(c).contains(moji::byUcs(QStringLiteral("崎"))->mjCode));
        QVERIFY(codes(c).contains(moji::byUcs(QStringLiteral("嵜"))->mjCode));
        QVERIFY(!codes(c).contains(moji::byUcs(QStringLiteral("嵩"))->mjCode));
    }

    void ucsWithIvsFindsTheGlyphAndItsVariants()
    {
        // 葛 + U+E0102 is MJ022335 (住基 J+845B); the other 葛 forms are its variants.
        for (const QString &ucs :
             {QStringLiteral("葛\U000E0102"), QStringLiteral("U+845B U+E0102")}) {
            const QList<Candidate> c = proposeCandidates({{}, {}, ucs});
            QCOMPARE(c.value(0).mjCode, QStringLiteral("MJ022335"));
            QCOMPARE(c.value(0).reasons, QStringList{"ucs"});
            for (const char *v : {"MJ022336", "MJ022337", "MJ022338", "MJ022339"})
                QVERIFY2(codes(c).contains(QLatin1String(v)), v);
        }
        // An Adobe-Japan1 selector is no MJ key: the base character is proposed.
        const QList<Candidate> aj = proposeCandidates({{}, {}, QStringLiteral("葛\U000E0100")});
        QCOMPARE(aj.value(0).mjCode, QStringLiteral("MJ022336"));
        QCOMPARE(characterText(*moji::byMjCode(QStringLiteral("MJ022335"))),
                 QStringLiteral("葛\U000E0102"));
    }

    void nothingKnownGivesNoCandidates()
    {
        QVERIFY(proposeCandidates({}).isEmpty());
        QVERIFY(proposeCandidates({QStringLiteral("J+0000"), QStringLiteral("999999"),
                                   QStringLiteral("\uE000")}).isEmpty());
    }

    void searchByEveryKindOfCode()
    {
        for (const QString &q : {QStringLiteral("MJ028902"), QStringLiteral("mj028902"),
                                 QStringLiteral("J+9AD9"), QStringLiteral("513280"),
                                 QStringLiteral("髙"), QStringLiteral("高")}) {
            const auto found = searchCharacters(q);
            QStringList mj;
            for (const auto &c : found)
                mj.append(c.mjCode);
            QVERIFY2(mj.contains(QStringLiteral("MJ028902")), qPrintable(q));
        }
        QVERIFY(searchCharacters(QStringLiteral("   ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(CandidatesTest)
#include "candidates_test.moc"
