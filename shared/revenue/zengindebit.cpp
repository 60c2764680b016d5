// 全銀 預金口座振替 files (zengindebit.h; REVENUE.md "全銀 口座振替").
#include "zengindebit.h"

#include "resource.h"
#include "shared/api/revenue/errors.h"
#include "shared/text/zengin.h"
#include "textfile.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kikan::revenue {

namespace {

// Builds one record field by field; the first fault is kept with the record's number.
class RecordWriter
{
public:
    explicit RecordWriter(int recordNo) : m_recordNo(recordNo) {}
    RecordWriter &raw(const QByteArray &bytes) { m_bytes += bytes; return *this; }
    RecordWriter &blank(int width) { m_bytes += QByteArray(width, ' '); return *this; }
    RecordWriter &number(const QString &label, const QString &digits, int width)
    {
        bool ok = digits.size() <= width;
        for (QChar c : digits)
            ok = ok && c >= u'0' && c <= u'9';
        if (!ok)
            fail(QStringLiteral("%1「%2」は%3桁までの数字です。").arg(label, digits).arg(width));
        m_bytes += digits.rightJustified(width, u'0').toLatin1();
        return *this;
    }
    RecordWriter &number(const QString &label, qint64 value, int width)
    {
        return number(label, QString::number(value), width);
    }
    RecordWriter &kana(const QString &text, int width)
    {
        const auto bytes = text::toZenginBytes(text, width);
        if (!bytes)
            fail(bytes.error().message);
        m_bytes += bytes ? *bytes : QByteArray(width, ' ');
        return *this;
    }
    core::Result<QByteArray> done() const
    {
        if (m_error)
            return *m_error;
        return m_bytes;
    }

private:
    void fail(const QString &message)
    {
        if (!m_error)
            m_error = core::Error{QString::fromLatin1(api::err::RevenueDebitField),
                                  QStringLiteral("レコード%1: %2").arg(m_recordNo).arg(message)};
    }
    int m_recordNo;
    QByteArray m_bytes;
    std::optional<core::Error> m_error;
};

core::Result<QByteArray> headerRecord(const DebitHeader &h)
{
    return RecordWriter(1).raw("1910").number(QStringLiteral("委託者コード"), h.consignorCode, 10)
        .kana(h.consignorName, 40).raw(h.debitDate.toString(QStringLiteral("MMdd")).toLatin1())
        .number(QStringLiteral("取引銀行番号"), h.bankCode, 4).kana(h.bankName, 15)
        .number(QStringLiteral("支店番号"), h.branchCode, 3).kana(h.branchName, 15)
        .number(QStringLiteral("預金種目"), h.accountType, 1)
        .number(QStringLiteral("口座番号"), h.accountNo, 7).blank(17).done();
}

core::Result<QByteArray> dataRecord(const DebitRecord &r, int recordNo)
{
    return RecordWriter(recordNo).raw("2").number(QStringLiteral("引落銀行番号"), r.bankCode, 4)
        .kana(r.bankName, 15).number(QStringLiteral("支店番号"), r.branchCode, 3)
        .kana(r.branchName, 15).blank(4).number(QStringLiteral("預金種目"), r.accountType, 1)
        .number(QStringLiteral("口座番号"), r.accountNo, 7).kana(r.holderName, 30)
        .number(QStringLiteral("引落金額"), r.amount.yen(), 10)
        .number(QStringLiteral("新規コード"), r.newCode, 1)
        .number(QStringLiteral("顧客番号"), r.customerNo, 20)
        .number(QStringLiteral("振替結果コード"), r.resultCode, 1).blank(8).done();
}

core::Result<QByteArray> trailerRecord(const DebitTotals &t, int recordNo)
{
    return RecordWriter(recordNo).raw("8").number(QStringLiteral("合計件数"), t.count, 6)
        .number(QStringLiteral("合計金額"), t.amount.yen(), 12)
        .number(QStringLiteral("振替済件数"), t.doneCount, 6)
        .number(QStringLiteral("振替済金額"), t.doneAmount.yen(), 12)
        .number(QStringLiteral("振替不能件数"), t.failedCount, 6)
        .number(QStringLiteral("振替不能金額"), t.failedAmount.yen(), 12).blank(65).done();
}

} // namespace

DebitTotals totalsOf(const QList<DebitRecord> &records)
{
    DebitTotals t;
    for (const DebitRecord &r : records) {
        ++t.count;
        t.amount += r.amount;
        if (r.resultCode == 0) {
            ++t.doneCount;
            t.doneAmount += r.amount;
        } else {
            ++t.failedCount;
            t.failedAmount += r.amount;
        }
    }
    return t;
}

core::Result<QByteArray> writeDebitFile(const DebitFile &file, bool crlf, bool result)
{
    QList<core::Result<QByteArray>> records{headerRecord(file.header)};
    for (qsizetype i = 0; i < file.records.size(); ++i)
        records.append(dataRecord(file.records.at(i), int(i + 2)));
    DebitTotals totals = totalsOf(file.records);
    if (!result)
        totals = {totals.count, totals.amount, 0, {}, 0, {}};
    records.append(trailerRecord(totals, int(file.records.size() + 2)));
    records.append(QByteArray("9") + QByteArray(kZenginRecordBytes - 1, ' '));
    QByteArray out;
    for (const auto &r : records) {
        if (!r)
            return r.error();
        out += *r;
        if (crlf)
            out += "\r\n";
    }
    return out;
}

const QMap<int, QString> &debitResultCodes()
{
    static const QMap<int, QString> codes = [] {
        QMap<int, QString> out;
        const QJsonObject o = QJsonDocument::fromJson(
            revenueResource(QStringLiteral("zengin-debit.json"))).object()
            .value(QStringLiteral("resultCodes")).toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key().toInt(), it.value().toString());
        return out;
    }();
    return codes;
}

} // namespace kikan::revenue
