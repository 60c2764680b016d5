// Reading a 全銀 預金口座振替 file back (zengindebit.h parseDebitFile): every record checked and
// every fault named by record number in Japanese.
#include "textfile.h"
#include "zengindebit.h"

namespace kikan::revenue {

namespace {

// The records of a file: split at CRLF when it has them, else every 120 bytes.
QList<QByteArray> recordsOf(const QByteArray &bytes)
{
    if (bytes.contains("\r\n"))
        return splitLines(bytes);
    QList<QByteArray> out;
    for (qsizetype at = 0; at < bytes.size(); at += kZenginRecordBytes)
        out.append(bytes.mid(at, kZenginRecordBytes));
    return out;
}

// Reads the fields of one record; the first fault is kept.
class RecordReader
{
public:
    RecordReader(const QByteArray &record, int recordNo) : m_record(record), m_recordNo(recordNo) {}
    QString digits(const QString &label, int offset, int length)
    {
        const QByteArray f = m_record.mid(offset, length);
        for (char c : f) {
            if (c < '0' || c > '9') {
                fail(QStringLiteral("%1が数字ではありません。").arg(label));
                return {};
            }
        }
        return QString::fromLatin1(f);
    }
    qint64 number(const QString &label, int offset, int length)
    {
        return digits(label, offset, length).toLongLong();
    }
    QString kana(const QString &label, int offset, int length)
    {
        const auto text = decodeStrict(m_record.mid(offset, length), QStringLiteral("Shift_JIS"));
        if (!text)
            fail(QStringLiteral("%1の文字コードが正しくありません。").arg(label));
        return text ? text->trimmed() : QString();
    }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("レコード%1: %2").arg(m_recordNo).arg(message);
    }
    const QString &error() const { return m_error; }

private:
    QByteArray m_record;
    int m_recordNo;
    QString m_error;
};

QDate debitDateOf(const QString &mmdd, const QDate &today)
{
    const int month = mmdd.left(2).toInt(), day = mmdd.mid(2).toInt();
    QDate d(today.year(), month, day);
    if (!d.isValid() || d > today.addMonths(1))
        d = QDate(today.year() - 1, month, day);
    return d;
}

void readHeader(RecordReader &in, DebitHeader &h, const QDate &today)
{
    if (in.digits(QStringLiteral("種別コード"), 1, 2) != u"91")
        in.fail(QStringLiteral("種別コードが91（口座振替）ではありません。"));
    h.consignorCode = in.digits(QStringLiteral("委託者コード"), 4, 10);
    h.consignorName = in.kana(QStringLiteral("委託者名"), 14, 40);
    h.debitDate = debitDateOf(in.digits(QStringLiteral("引落日"), 54, 4), today);
    if (!h.debitDate.isValid())
        in.fail(QStringLiteral("引落日が日付ではありません。"));
    h.bankCode = in.digits(QStringLiteral("取引銀行番号"), 58, 4);
    h.bankName = in.kana(QStringLiteral("銀行名"), 62, 15);
    h.branchCode = in.digits(QStringLiteral("支店番号"), 77, 3);
    h.branchName = in.kana(QStringLiteral("支店名"), 80, 15);
    h.accountType = int(in.number(QStringLiteral("預金種目"), 95, 1));
    h.accountNo = in.digits(QStringLiteral("口座番号"), 96, 7);
}

DebitRecord readData(RecordReader &in, const QMap<int, QString> &resultCodes)
{
    DebitRecord r;
    r.bankCode = in.digits(QStringLiteral("引落銀行番号"), 1, 4);
    r.bankName = in.kana(QStringLiteral("銀行名"), 5, 15);
    r.branchCode = in.digits(QStringLiteral("支店番号"), 20, 3);
    r.branchName = in.kana(QStringLiteral("支店名"), 23, 15);
    r.accountType = int(in.number(QStringLiteral("預金種目"), 42, 1));
    r.accountNo = in.digits(QStringLiteral("口座番号"), 43, 7);
    r.holderName = in.kana(QStringLiteral("預金者名"), 50, 30);
    r.amount = core::Money::ofYen(in.number(QStringLiteral("引落金額"), 80, 10));
    r.newCode = int(in.number(QStringLiteral("新規コード"), 90, 1));
    r.customerNo = in.digits(QStringLiteral("顧客番号"), 91, 20);
    const QString code = in.digits(QStringLiteral("振替結果コード"), 111, 1);
    r.resultCode = code.toInt();
    if (!code.isEmpty() && !resultCodes.contains(r.resultCode))
        in.fail(QStringLiteral("振替結果コード「%1」は登録されていません。").arg(code));
    return r;
}

DebitTotals readTrailer(RecordReader &in)
{
    return {int(in.number(QStringLiteral("合計件数"), 1, 6)),
            core::Money::ofYen(in.number(QStringLiteral("合計金額"), 7, 12)),
            int(in.number(QStringLiteral("振替済件数"), 19, 6)),
            core::Money::ofYen(in.number(QStringLiteral("振替済金額"), 25, 12)),
            int(in.number(QStringLiteral("振替不能件数"), 37, 6)),
            core::Money::ofYen(in.number(QStringLiteral("振替不能金額"), 43, 12))};
}

// The record types in order: 1, 2…, 8, 9. The first record out of place, or 0.
int misplacedRecord(const QList<QByteArray> &records)
{
    if (!records.isEmpty() && !records.last().startsWith('9'))
        return int(records.size()); // the file ends without its end record
    for (qsizetype i = 0; i < records.size(); ++i) {
        const char t = records.at(i).isEmpty() ? ' ' : records.at(i).at(0);
        const bool last = i + 1 == records.size(), beforeLast = i + 2 == records.size();
        const char want = i == 0 ? '1' : last ? '9' : beforeLast ? '8' : '2';
        if (t != want)
            return int(i + 1);
    }
    return records.size() < 3 ? int(records.size() + 1) : 0;
}

void checkTrailer(ParsedDebitFile &out, int recordNo)
{
    const DebitTotals counted = totalsOf(out.file.records);
    const DebitTotals &t = out.trailer;
    const bool isResult = t.doneCount + t.failedCount > 0;
    if (t.count != counted.count || t.amount != counted.amount
        || (isResult && t != counted))
        out.errors.append({recordNo, QStringLiteral("レコード%1: トレーラの合計（%2件 %3）が明細"
                                                    "（%4件 %5）と合いません。")
                                         .arg(recordNo).arg(t.count).arg(t.amount.toString())
                                         .arg(counted.count).arg(counted.amount.toString())});
}

} // namespace

ParsedDebitFile parseDebitFile(const QByteArray &bytes, const QMap<int, QString> &resultCodes,
                               const QDate &today)
{
    ParsedDebitFile out;
    const QList<QByteArray> records = recordsOf(bytes);
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records.at(i).size() != kZenginRecordBytes)
            out.errors.append({int(i + 1), QStringLiteral("レコード%1: 長さが120バイトではありません（%2バイト）。")
                                               .arg(i + 1).arg(records.at(i).size())});
    }
    if (const int misplaced = misplacedRecord(records); misplaced > 0 && out.errors.isEmpty())
        out.errors.append({misplaced, QStringLiteral("レコード%1: レコードの並び（ヘッダ・データ・"
                                                     "トレーラ・エンド）が正しくありません。").arg(misplaced)});
    if (!out.errors.isEmpty())
        return out;
    for (qsizetype i = 0; i + 1 < records.size(); ++i) {
        RecordReader in(records.at(i), int(i + 1));
        if (i == 0)
            readHeader(in, out.file.header, today);
        else if (i + 2 == records.size())
            out.trailer = readTrailer(in);
        else
            out.file.records.append(readData(in, resultCodes));
        if (!in.error().isEmpty())
            out.errors.append({int(i + 1), in.error()});
    }
    if (out.errors.isEmpty())
        checkTrailer(out, int(records.size() - 1));
    return out;
}

} // namespace kikan::revenue
