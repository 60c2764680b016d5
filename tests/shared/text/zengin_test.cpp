// 全銀協 names: conversion to the Zengin half-width set (table in tests/data/text/zengin-names.tsv),
// rejection with character and position, and Shift_JIS bytes through ICU.
#include "shared/text/zengin.h"

#include "tests/shared/tabletest.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QtTest>

using kikan::text::toZenginBytes;
using kikan::text::toZenginKana;
using kikan::text::ZenginFailure;

class ZenginTest : public QObject {
    Q_OBJECT
private slots:
    void converts_data();
    void converts();
    void rejects_data();
    void rejects();
    void shiftJisBytes();
    void fixedWidthField();
};

void ZenginTest::converts_data()
{
    kikan::test::addColumns<QString, QString>({"input", "zengin"});
    QFile file(kikan::test::testData(u"text/zengin-names.tsv"_qs));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString row = QString::fromUtf8(file.readLine()).chopped(1);
        if (row.startsWith(u'#') || !row.contains(u'\t'))
            continue;
        QString input = row.section(u'\t', 0, 0);
        input.replace(u"\\u3099"_qs, u"\u3099"_qs);
        QTest::addRow("line %d", line) << input << row.section(u'\t', 1);
    }
}

void ZenginTest::converts()
{
    QFETCH(QString, input);
    QFETCH(QString, zengin);
    const auto z = toZenginKana(input);
    QVERIFY2(z.ok(), qPrintable(z.ok() ? QString() : z.error().message));
    QCOMPARE(*z, zengin);
    QCOMPARE(*toZenginKana(*z), zengin); // already in the set: unchanged
}

void ZenginTest::rejects_data()
{
    kikan::test::addColumns<QString, int, QString>({"input", "position", "character"});
    QTest::newRow("kanji") << u"山田タロウ"_qs << 1 << u"山"_qs;
    QTest::newRow("kanji later") << u"ヤマダ太郎"_qs << 4 << u"太"_qs;
    QTest::newRow("middle dot") << u"ジョン・スミス"_qs << 4 << u"・"_qs;
    QTest::newRow("half-width middle dot") << u"ｼﾞｮﾝ･ｽﾐｽ"_qs << 5 << u"･"_qs;
    QTest::newRow("ampersand") << u"A&B"_qs << 2 << u"&"_qs;
    QTest::newRow("accented latin") << u"JOSÉ"_qs << 4 << u"É"_qs;
    QTest::newRow("emoji after kana") << u"ヤ😀"_qs << 2 << u"😀"_qs;
    QTest::newRow("IVS kanji") << u"葛\U000E0100"_qs << 1 << u"葛"_qs;
    QTest::newRow("tab") << u"ﾔﾏﾀﾞ\tﾀﾛｳ"_qs << 5 << u"\t"_qs;
    QTest::newRow("wave dash") << u"ア〜イ"_qs << 2 << u"〜"_qs;
}

void ZenginTest::rejects()
{
    QFETCH(QString, input);
    QFETCH(int, position);
    QFETCH(QString, character);
    ZenginFailure failure;
    const auto z = toZenginKana(input, &failure);
    QVERIFY(!z.ok());
    QCOMPARE(z.error().code, QString(kikan::text::err::ZenginUnconvertible));
    QCOMPARE(failure.position, position);
    QCOMPARE(failure.character, character);
    QVERIFY(z.error().message.contains(u"「%1」（%2文字目）"_qs.arg(character).arg(position)));
    QCOMPARE(toZenginBytes(input).errorCode(), QString(kikan::text::err::ZenginUnconvertible));
}

void ZenginTest::shiftJisBytes()
{
    // JIS X 0201 katakana: ｶ 0xB6, ﾞ 0xDE, ﾂ 0xC2, ｰ 0xB0; ASCII as is; '\' stays 0x5C.
    QCOMPARE(*toZenginBytes(u"ガッコー"_qs), QByteArray("\xB6\xDE\xC2\xBA\xB0"));
    QCOMPARE(*toZenginBytes(u"ﾔﾏﾀﾞ (A1)"_qs), QByteArray("\xD4\xCF\xC0\xDE (A1)"));
    QCOMPARE(*toZenginBytes(u"ｦ.-/\\,"_qs), QByteArray("\xA6.-/\\,"));
    QCOMPARE(*toZenginBytes(u"ﾊﾟ"_qs), QByteArray("\xCA\xDF"));
    QCOMPARE(*toZenginBytes(QString()), QByteArray());
}

void ZenginTest::fixedWidthField()
{
    QCOMPARE(*toZenginBytes(u"ヤマダ"_qs, 8), QByteArray("\xD4\xCF\xC0\xDE    "));
    QCOMPARE(toZenginBytes(u"ヤマダ"_qs, 4)->size(), 4);
    const auto tooLong = toZenginBytes(u"ヤマダ"_qs, 3); // ﾔﾏﾀﾞ is four bytes
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().code, QString(kikan::text::err::ZenginTooLong));
}

QTEST_GUILESS_MAIN(ZenginTest)
#include "zengin_test.moc"
