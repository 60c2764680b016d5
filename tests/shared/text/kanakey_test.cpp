// kikan::text::kanaKey: what the name-search kana key folds and what it leaves alone (kana.h).
#include "shared/text/kana.h"

#include "tests/shared/tabletest.h"

#include <QtTest>

#include <thread>

using kikan::text::kanaKey;

class KanaKeyTest : public QObject {
    Q_OBJECT
private slots:
    void folds_data();
    void folds();
    void keepsDistinctSpellings_data();
    void keepsDistinctSpellings();
    void leavesIdeographsAndVariationSelectorsUntouched();
    void isIdempotent();
    void isThreadSafe();
};

void KanaKeyTest::folds_data()
{
    kikan::test::addTextRows({"input", "key"}, {
        {"hiragana to katakana", {u"やまだ たろう"_qs, u"ヤマダタロウ"_qs}},
        {"half-width kana", {u"ﾔﾏﾀﾞ ﾀﾛｳ"_qs, u"ヤマダタロウ"_qs}},
        {"half-width handakuten", {u"ﾊﾟﾝ"_qs, u"パン"_qs}},
        {"half-width vu", {u"ｳﾞｨｸﾄﾙ"_qs, u"ヴイクトル"_qs}},
        {"small tsu", {u"きっかわ"_qs, u"キツカワ"_qs}},
        {"small ya yu yo", {u"ｷｮｳｺ ﾘｭｳ ｼｬ"_qs, u"キヨウコリユウシヤ"_qs}},
        {"small a i u e o wa", {u"ァィゥェォヮ"_qs, u"アイウエオワ"_qs}},
        {"small ke in place name", {u"霞ヶ関 霞ケ関 霞ヵ関"_qs, u"霞ケ関霞ケ関霞カ関"_qs}},
        {"small hiragana ka ke", {u"ゕゖ"_qs, u"カケ"_qs}},
        {"Ainu small kana", {u"ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"_qs, u"クシストヌハヒフヘホムラリルレロ"_qs}},
        {"hiragana vu", {u"ゔ"_qs, u"ヴ"_qs}},
        {"obsolete wi we", {u"ゐゑヰヱ"_qs, u"イエイエ"_qs}},
        {"obsolete vi ve", {u"ヸヹ"_qs, u"ヴイヴエ"_qs}},
        {"spacing dakuten joined", {u"か゛き゜"_qs, u"ガキ゚"_qs}},
        {"combining dakuten joined", {u"か\u3099"_qs, u"ガ"_qs}},
        {"combining handakuten joined", {u"ハ\u309A"_qs, u"パ"_qs}},
        {"full-width space", {u"山田　太郎"_qs, u"山田太郎"_qs}},
        {"tabs and newlines", {u"山田\t太郎\n"_qs, u"山田太郎"_qs}},
        {"middle dots", {u"ジョン・スミス ｼﾞｮﾝ･ｽﾐｽ"_qs, u"ジヨンスミスジヨンスミス"_qs}},
        {"full-width latin", {u"ＳＭＩＴＨ　Ｊｏｈｎ"_qs, u"SMITHJOHN"_qs}},
        {"lower-case latin", {u"smith"_qs, u"SMITH"_qs}},
        {"full-width digits", {u"１２３"_qs, u"123"_qs}},
        {"half-width long vowel", {u"ｻﾄｰ"_qs, u"サトー"_qs}},
        {"empty", {QString(), QString()}},
        {"only spaces", {u" 　 "_qs, QString()}},
    });
}

void KanaKeyTest::folds()
{
    QFETCH(QString, input);
    QFETCH(QString, key);
    QCOMPARE(kanaKey(input), key);
}

// Spellings a clerk keeps apart; each pair must give different keys.
void KanaKeyTest::keepsDistinctSpellings_data()
{
    kikan::test::addTextRows({"a", "b"}, {
        {"long vowel vs u", {u"サトー"_qs, u"サトウ"_qs}},
        {"vu vs bu", {u"ヴ"_qs, u"ブ"_qs}},
        {"di vs ji", {u"ヂ"_qs, u"ジ"_qs}},
        {"du vs zu", {u"ツヅキ"_qs, u"ツズキ"_qs}},
        {"dakuten", {u"カ"_qs, u"ガ"_qs}},
        {"handakuten", {u"ハ"_qs, u"パ"_qs}},
        {"wo vs o", {u"ヲ"_qs, u"オ"_qs}},
        {"different kanji", {u"高"_qs, u"嵩"_qs}},
        {"variant kanji untouched", {u"高"_qs, u"髙"_qs}},
    });
}

void KanaKeyTest::keepsDistinctSpellings()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(kanaKey(a) != kanaKey(b));
}

void KanaKeyTest::leavesIdeographsAndVariationSelectorsUntouched()
{
    // 葛 + IVS U+E0100, 﨑 (U+FA11), the compatibility ideograph U+FA67, 𠮷 (outside the BMP),
    // 禰 + SVS U+FE00: kanaKey must not normalise any of them (NFC would map U+FA67 to U+9038).
    const QString names = u"葛\U000E0100城 﨑 \uFA67 𠮷野 禰\uFE00"_qs;
    QCOMPARE(kanaKey(names), u"葛\U000E0100城﨑\uFA67𠮷野禰\uFE00"_qs);
    QCOMPARE(kanaKey(u"髙橋"_qs), u"髙橋"_qs);
}

void KanaKeyTest::isIdempotent()
{
    const QString s = u"ﾔﾏﾀﾞ　きょうこ・ゐ ｶﾞ"_qs;
    QCOMPARE(kanaKey(kanaKey(s)), kanaKey(s));
}

void KanaKeyTest::isThreadSafe()
{
    std::vector<std::thread> threads;
    std::atomic<int> wrong{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&wrong] {
            for (int i = 0; i < 500; ++i) {
                if (kanaKey(u"ｷｮｳｺ やまだ"_qs) != u"キヨウコヤマダ"_qs)
                    ++wrong;
            }
        });
    }
    for (auto &t : threads)
        t.join();
    QCOMPARE(wrong.load(), 0);
}

QTEST_GUILESS_MAIN(KanaKeyTest)
#include "kanakey_test.moc"
