// 全銀 預金口座振替 files (shared/revenue/zengindebit.h; REVENUE.md "全銀 口座振替"): a request
// file checked byte by byte (120 bytes a record, CRLF, field offsets, kana as JIS X 0201 bytes,
// the trailer's totals), a result file with every 振替結果コード read back, and every fault of a
// file named by record.
#include "shared/revenue/zengindebit.h"
#include "tests/shared/tabletest.h"

#include <QTest>

using namespace kikan;
using namespace kikan::revenue;
using core::Money;

namespace {

DebitRecord debit(const QString &customerNo, qint64 yen, int resultCode = 0)
{
    return {QStringLiteral("0157"), QStringLiteral("トットリギンコウ"), QStringLiteral("101"),
            QStringLiteral("コトウラ"), 1, QStringLiteral("0012345"), QStringLiteral("ヤマダ タロウ"),
            Money::ofYen(yen), 1, customerNo, resultCode};
}

DebitFile request()
{
    DebitHeader h{QStringLiteral("1234567890"), QStringLiteral("コトウラチョウ"), QDate(2026, 5, 27),
                  QStringLiteral("0157"), QStringLiteral("トットリギンコウ"), QStringLiteral("001"),
                  QStringLiteral("ホンテン"), 1, QStringLiteral("7654321")};
    return {h, {debit("2026000101", 10800), debit("2026000102", 7200), debit("2026000103", 3600)}};
}

QByteArray field(const QByteArray &record, int offset, int length)
{
    return record.mid(offset, length);
}

} // namespace

class ZenginDebitTest : public QObject
{
    Q_OBJECT
private slots:
    void theRequestFileIsLaidOutByteByByte()
    {
        const auto bytes = writeDebitFile(request(), true);
        QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.error().message));
        QCOMPARE(bytes->size(), 6 * 122);
        const QList<QByteArray> r = bytes->split('\n');
        QCOMPARE(r.size(), 7); // the last is empty after the final CRLF
        for (int i = 0; i < 6; ++i) {
            QVERIFY(r.at(i).endsWith('\r'));
            QCOMPARE(r.at(i).size(), 121);
        }
        const QByteArray h = r.at(0), d = r.at(1), t = r.at(4), e = r.at(5);
        QCOMPARE(field(h, 0, 4), QByteArray("1910"));
        QCOMPARE(field(h, 4, 10), QByteArray("1234567890"));
        QCOMPARE(field(h, 14, 40), QByteArray("\xba\xc4\xb3\xd7\xc1\xd6\xb3").leftJustified(40, ' ')); // ｺﾄｳﾗﾁﾖｳ
        QCOMPARE(field(h, 54, 4), QByteArray("0527"));
        QCOMPARE(field(h, 58, 4), QByteArray("0157"));
        QCOMPARE(field(h, 77, 3), QByteArray("001"));
        QCOMPARE(field(h, 95, 8), QByteArray("17654321"));
        QCOMPARE(field(h, 103, 17), QByteArray(17, ' '));
        QCOMPARE(field(d, 0, 5), QByteArray("20157"));
        QCOMPARE(field(d, 5, 15), QByteArray("\xc4\xc2\xc4\xd8\xb7\xde\xdd\xba\xb3").leftJustified(15, ' ')); // ﾄﾂﾄﾘｷﾞﾝｺｳ: small ｯ as ﾂ
        QCOMPARE(field(d, 20, 3), QByteArray("101"));
        QCOMPARE(field(d, 38, 4), QByteArray(4, ' '));
        QCOMPARE(field(d, 42, 8), QByteArray("10012345"));
        QCOMPARE(field(d, 50, 30), QByteArray("\xd4\xcf\xc0\xde \xc0\xdb\xb3").leftJustified(30, ' ')); // ﾔﾏﾀﾞ ﾀﾛｳ
        QCOMPARE(field(d, 80, 10), QByteArray("0000010800"));
        QCOMPARE(field(d, 90, 1), QByteArray("1"));
        QCOMPARE(field(d, 91, 20), QByteArray("00000000002026000101"));
        QCOMPARE(field(d, 111, 1), QByteArray("0"));
        QCOMPARE(field(d, 112, 8), QByteArray(8, ' '));
        QCOMPARE(field(t, 0, 55), QByteArray("8000003000000021600000000000000000000000000000000000000"));
        QCOMPARE(field(t, 55, 65), QByteArray(65, ' '));
        QCOMPARE(field(e, 0, 120), QByteArray("9") + QByteArray(119, ' '));
    }

    void aResultFileWithEveryCodeReadsBack()
    {
        DebitFile result = request();
        result.records.clear();
        const QList<int> codes = debitResultCodes().keys();
        QCOMPARE(codes, QList<int>({0, 1, 2, 3, 4, 8, 9}));
        for (int code : codes)
            result.records.append(debit(QStringLiteral("20260001%1").arg(code, 2, 10, QLatin1Char('0')),
                                        1000 * (code + 1), code));
        const auto bytes = writeDebitFile(result, false, true);
        QVERIFY(bytes.ok());
        QCOMPARE(bytes->size(), 10 * 120); // no line breaks
        const ParsedDebitFile read = parseDebitFile(*bytes, debitResultCodes(), QDate(2026, 6, 3));
        QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.value(0).message));
        QCOMPARE(read.file.header.debitDate, QDate(2026, 5, 27));
        QCOMPARE(read.file.header.consignorName, QStringLiteral("ｺﾄｳﾗﾁﾖｳ"));
        QCOMPARE(read.file.records.size(), 7);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(read.file.records.at(i).resultCode, codes.at(i));
        QCOMPARE(read.file.records.at(0).holderName, QStringLiteral("ﾔﾏﾀﾞ ﾀﾛｳ"));
        QCOMPARE(read.file.records.at(0).amount, Money::ofYen(1000));
        QCOMPARE(read.trailer, (DebitTotals{7, Money::ofYen(34000), 1, Money::ofYen(1000), 6, Money::ofYen(33000)}));
        // The year of the 引落日 is the one not more than a month ahead of today.
        QCOMPARE(parseDebitFile(*bytes, debitResultCodes(), QDate(2027, 1, 10)).file.header.debitDate,
                 QDate(2026, 5, 27));
    }

    void faultsAreNamedByRecord_data()
    {
        kikan::test::addColumns<int, QString>({"fault", "message"});
        QTest::newRow("short record") << 0 << QStringLiteral("レコード3: 長さが120バイトではありません（119バイト）。");
        QTest::newRow("unknown result code") << 1 << QStringLiteral("レコード2: 振替結果コード「5」は登録されていません。");
        QTest::newRow("trailer total") << 2 << QStringLiteral("レコード5: トレーラの合計（3件 21,601円）が明細（3件 21,600円）と合いません。");
        QTest::newRow("amount not digits") << 3 << QStringLiteral("レコード4: 引落金額が数字ではありません。");
        QTest::newRow("no end record") << 4 << QStringLiteral("レコード5: レコードの並び（ヘッダ・データ・トレーラ・エンド）が正しくありません。");
        QTest::newRow("bad kana byte") << 5 << QStringLiteral("レコード2: 預金者名の文字コードが正しくありません。");
    }
    void faultsAreNamedByRecord()
    {
        QFETCH(int, fault);
        QFETCH(QString, message);
        QList<QByteArray> r = writeDebitFile(request(), true, true)->split('\n');
        r.removeLast();
        switch (fault) {
        case 0: r[2].remove(5, 1); break;
        case 1: r[1][111] = '5'; break;
        case 2: r[4].replace(7, 12, "000000021601"); break;
        case 3: r[3][85] = 'X'; break;
        case 4: r.removeLast(); break;
        default: r[1][50] = char(0x81); r[1][51] = char(0x20); break;
        }
        const ParsedDebitFile read = parseDebitFile(r.join('\n') + '\n', debitResultCodes(), QDate(2026, 6, 1));
        QVERIFY(!read.errors.isEmpty());
        QCOMPARE(read.errors.first().message, message);
    }

    void aNameOutsideTheZenginSetIsNotWritten()
    {
        DebitFile f = request();
        f.records[1].holderName = QStringLiteral("山田太郎");
        const auto bytes = writeDebitFile(f, true);
        QCOMPARE(bytes.errorCode(), QStringLiteral("revenue.debit_field"));
        QVERIFY(bytes.error().message.startsWith(QStringLiteral("レコード3: ")));
        f = request();
        f.records[0].accountNo = QStringLiteral("12345678");
        QVERIFY(writeDebitFile(f, true).error().message.contains(QStringLiteral("口座番号")));
    }
};

QTEST_APPLESS_MAIN(ZenginDebitTest)
#include "zengindebit_test.moc"
