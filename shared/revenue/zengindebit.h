// 全銀 預金口座振替 files (種別コード 91): the request file the town sends its bank for a 納期 and
// the result file the bank sends back, 120-byte fixed records in JIS X 0201 (半角カナ, Shift_JIS
// single bytes): header 1, data 2 (one per debit), trailer 8 (totals), end 9. Field offsets from
// REVENUE.md "全銀 口座振替"; numbers right-aligned zero-filled, text left-aligned space-filled;
// names must be in the 全銀 character set (shared/text/zengin.h) and are never cut. The result
// codes are data (resources/revenue/zengin-debit.json). Pure.
#pragma once

#include "shared/core/error.h"
#include "shared/core/money.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace kikan::revenue {

inline constexpr int kZenginRecordBytes = 120;

struct DebitHeader {
    QString consignorCode;   // 委託者コード, 10 digits
    QString consignorName;   // 委託者名 (kana, 40)
    QDate debitDate;         // 引落日 (MMDD is written)
    QString bankCode;        // 取引銀行番号 (4)
    QString bankName;        // (kana, 15)
    QString branchCode;      // (3)
    QString branchName;      // (kana, 15)
    int accountType = 1;     // 預金種目
    QString accountNo;       // 口座番号 (7)
};

struct DebitRecord {
    QString bankCode;        // 引落銀行番号 (4)
    QString bankName;        // (kana, 15)
    QString branchCode;      // (3)
    QString branchName;      // (kana, 15)
    int accountType = 1;     // 1 普通, 2 当座, 3 納税準備, 9 その他
    QString accountNo;       // (7)
    QString holderName;      // 預金者名 (kana, 30)
    core::Money amount;      // 引落金額 (10)
    int newCode = 0;         // 新規コード: 1 first, 2 changed, 0 other
    QString customerNo;      // 顧客番号 (20): the 通知書番号, zero-filled
    int resultCode = 0;      // 振替結果コード (0 in a request)
};

struct DebitTotals {
    int count = 0;
    core::Money amount;
    int doneCount = 0;
    core::Money doneAmount;
    int failedCount = 0;
    core::Money failedAmount;
    friend bool operator==(const DebitTotals &, const DebitTotals &) = default;
};

struct DebitFile {
    DebitHeader header;
    QList<DebitRecord> records;
};

// A fault of a file, by 1-based record number (0: the file as a whole).
struct RecordError {
    int recordNo = 0;
    QString message;
};

// The totals of the records as a result file's trailer states them (振替済 = result code 0).
DebitTotals totalsOf(const QList<DebitRecord> &records);

// The request file (result = false: the trailer's 振替済/振替不能 are zero) or a result file:
// header, data, trailer, end; each record followed by CRLF when `crlf`. Errors:
// revenue.debit_field naming the record and the field (a number too long, a name outside the
// 全銀 set or longer than its field).
core::Result<QByteArray> writeDebitFile(const DebitFile &file, bool crlf, bool result = false);

struct ParsedDebitFile {
    DebitFile file;
    DebitTotals trailer;
    QList<RecordError> errors;   // any error: nothing of the file may be applied
};

// Reads a result (or request) file, with or without CRLF between records. Checks record length
// and order (1, 2…, 8, 9), digits, Shift_JIS, every 振替結果コード against `resultCodes`, and the
// trailer's totals against the records. The 引落日's year is taken from `today`: the year that
// puts it no later than a month ahead.
ParsedDebitFile parseDebitFile(const QByteArray &bytes, const QMap<int, QString> &resultCodes,
                               const QDate &today);

// The 振替結果コード table compiled in (resources/revenue/zengin-debit.json).
const QMap<int, QString> &debitResultCodes();

} // namespace kikan::revenue
