// A convenience-store agent's file read by its layout (server/revenue/conveniencefile.h): the
// 種別 of 電算システム's CSV (01 速報, 02 確報, 03 取消, 12 郵便振替), and every fault named by
// line — the public example's own barcodes, whose check digits fail (REVENUE.md), a wrong
// encoding, a wrong column count, an unknown 種別, an amount other than the barcode's.
#include "dskfile.h"
#include "server/revenue/conveniencefile.h"

#include <QTest>

using namespace kikan;
using namespace kikan::revenue;

class ConvenienceFileTest : public QObject
{
    Q_OBJECT
    ConvenienceLayout dsk() { return convenienceLayouts().value(QStringLiteral("dsk")); }

private slots:
    void eachKindAsksItsAction()
    {
        const QString bar = test::slipBarcodeFor("101", 10800);
        QStringList rows{test::dskRow("01", bar, 10800), test::dskRow("02", bar, 10800),
                         test::dskRow("03", bar, 10800), test::dskRow("12", bar, 10800)};
        const ParsedFile f = parseConvenienceFile(test::dskFile(rows), dsk());
        QVERIFY2(f.errors.isEmpty(), qPrintable(f.errors.value(0).message));
        QCOMPARE(f.lines.size(), 4);
        QCOMPARE(f.lines.at(0).action, LineAction::Pay);
        QVERIFY(f.lines.at(0).provisional);
        QCOMPARE(f.lines.at(1).action, LineAction::Confirm);
        QCOMPARE(f.lines.at(2).action, LineAction::Cancel);
        QCOMPARE(f.lines.at(3).action, LineAction::Pay);
        QVERIFY(!f.lines.at(3).provisional);
        const ReceiptLine &l = f.lines.first();
        QCOMPARE(l.lineNo, 2); // the header is line 1
        QCOMPARE(l.paidOn, QDate(2026, 5, 20));
        QCOMPARE(l.amount, core::Money::ofYen(10800));
        QCOMPARE(l.barcode, bar);
        // A 確報 names its 速報 by the same reference.
        QCOMPARE(f.lines.at(1).reference, l.reference);
        QVERIFY(l.reference.contains(QStringLiteral("202605200826")));
    }

    void everyFaultIsNamedByLine()
    {
        const QString bar = test::slipBarcodeFor("101", 10800);
        QStringList rows{
            test::dskRow("01", bar, 10800),
            // the public example's first barcode: its check digit is 8, modulus 10 gives 6
            test::dskRow("01", "91929023252070678901234565918099999900069468", 6946),
            test::dskRow("01", bar, 10000),
            test::dskRow("22", bar, 10800),
            QStringLiteral("01,20260520,0826,EAN") + bar + QStringLiteral(",1,2,0,10800"),
            test::dskRow("01", bar, 10800).replace(QStringLiteral("20260520"), QStringLiteral("20261340")),
        };
        QByteArray bytes = test::dskFile(rows);
        bytes.append("01,\x82\xff,0826\r\n"); // not Shift_JIS
        const ParsedFile f = parseConvenienceFile(bytes, dsk());
        QStringList messages;
        for (const LineError &e : f.errors)
            messages << e.message;
        QCOMPARE(messages, QStringList({
            QStringLiteral("3行目: バーコードのチェックデジットが合いません。"),
            QStringLiteral("4行目: 金額 10000円 がバーコードの金額 10800円 と違います。"),
            QStringLiteral("5行目: 種別「22」は取り込めません。"),
            QStringLiteral("6行目: 項目の数が13ではありません（8）。"),
            QStringLiteral("7行目: 収納日「20261340」が日付ではありません。"),
            QStringLiteral("8行目: 文字コードがShift_JISではありません。")}));
        QCOMPARE(f.errors.first().lineNo, 3);
    }

    void aFileWithoutPaymentsIsRefused()
    {
        const ParsedFile f = parseConvenienceFile(test::dskFile({}), dsk());
        QCOMPARE(f.errors.size(), 1);
        QVERIFY(f.lines.isEmpty());
    }

    void aBrokenLayoutIsRefused()
    {
        QJsonObject o{{"name", "x"}, {"encoding", "Shift_JIS"}, {"columns", 3},
                      {"fields", QJsonObject{{"kind", 0}, {"paidOn", 1}, {"paidAt", 2}, {"barcode", 3}}},
                      {"kinds", QJsonObject{{"01", QJsonObject{{"action", "pay"}}}}}};
        QCOMPARE(convenienceLayoutFromJson(o).errorCode(), QStringLiteral("revenue.import_invalid"));
    }
};

QTEST_GUILESS_MAIN(ConvenienceFileTest)
#include "conveniencefile_test.moc"
