// outsideStandardSet(): which characters of a text (with their UTF-16 positions) are not in the
// standard set — MJ characters plus resources/moji/standard-nonkanji.txt (CHARACTERS.md, 文字同定).
#include "mojitestdata.h"

#include "shared/moji/charset.h"
#include "tests/shared/tabletest.h"

#include <QTest>

using namespace kikan::moji;

class StandardSetTest : public QObject {
    Q_OBJECT

private slots:
    void findsCharactersOutsideTheSet_data();
    void findsCharactersOutsideTheSet();
};

void StandardSetTest::findsCharactersOutsideTheSet_data()
{
    kikan::test::addColumns<QString, QList<qsizetype>, QStringList>(
        {"text", "positions", "characters"});
    using P = QList<qsizetype>;
    QTest::newRow("empty") << QString() << P{} << QStringList{};
    QTest::newRow("kanji and kana") << QStringLiteral("髙橋 はなこ・ハナコ") << P{} << QStringList{};
    QTest::newRow("ASCII and full width") << QStringLiteral("Smith Ｊｏｈｎ 1-2") << P{}
                                          << QStringList{};
    QTest::newRow("half-width kana") << QStringLiteral("ﾔﾏﾀﾞ") << P{} << QStringList{};
    QTest::newRow("MJ IVS") << QStringLiteral("葛\U000E0103西") << P{} << QStringList{};
    QTest::newRow("SVS") << QStringLiteral("欄\uFE00") << P{} << QStringList{};
    QTest::newRow("outside BMP in MJ") << QStringLiteral("𠮷野") << P{} << QStringList{};
    QTest::newRow("外字 private use") << QStringLiteral("山\uE000太") << P{1}
                                     << QStringList{QStringLiteral("\uE000")};
    QTest::newRow("emoji") << QStringLiteral("花子😀") << P{2}
                           << QStringList{QStringLiteral("😀")};
    QTest::newRow("emoji with selector") << QStringLiteral("☺\uFE0F") << P{0}
                                         << QStringList{QStringLiteral("☺\uFE0F")};
    QTest::newRow("Adobe IVS") << QStringLiteral("葛\U000E0100") << P{0}
                               << QStringList{QStringLiteral("葛\U000E0100")};
    QTest::newRow("stray selector") << QStringLiteral("\uFE00山") << P{0}
                                    << QStringList{QStringLiteral("\uFE00")};
    QTest::newRow("Hangul") << QStringLiteral("김") << P{0} << QStringList{QStringLiteral("김")};
    QTest::newRow("two outside") << QStringLiteral("\U000F0000高\uE001") << P{0, 3}
                                 << QStringList{QStringLiteral("\U000F0000"),
                                                QStringLiteral("\uE001")};
    QTest::newRow("control character") << QStringLiteral("山\t田") << P{1}
                                       << QStringList{QStringLiteral("\t")};
}

void StandardSetTest::findsCharactersOutsideTheSet()
{
    QFETCH(QString, text);
    QFETCH(QList<qsizetype>, positions);
    QFETCH(QStringList, characters);
    const QList<OutsideCharacter> outside = outsideStandardSet(text);
    QList<qsizetype> gotPositions;
    QStringList gotCharacters;
    for (const OutsideCharacter &o : outside) {
        gotPositions.append(o.position);
        gotCharacters.append(o.text);
    }
    QCOMPARE(gotPositions, positions);
    QCOMPARE(gotCharacters, characters);
}

QTEST_GUILESS_MAIN(StandardSetTest)
#include "standardset_test.moc"
