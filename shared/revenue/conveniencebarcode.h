// The コンビニ収納 barcode: GS1-128 with AI (91), 44 digits, as GS1 Japan's 標準料金代理収納
// ガイドライン lays it out (REVENUE.md "コンビニ収納 barcode"): AI 91, 請求書発行企業コード (6),
// a 21-digit field the biller uses freely (通知書番号 …), 再発行区分 (1), 支払期限 YYMMDD (6;
// 999999 = none), 印紙フラグ (1), amount in yen (6), check digit (modulus 10, weights 3,1 from
// the right). Pure functions: the 納付書 printer builds it, the OCR and convenience-store imports
// parse it.
#pragma once

#include "shared/core/error.h"
#include "shared/core/money.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace kikan::revenue {

struct ConvenienceBarcode {
    QString companyCode;   // 請求書発行企業コード: 6 digits (GS1 Japan assigns it to the town)
    QString freeField;     // 21 digits, the town's own (ConvenienceFreeField lays them out)
    int reissue = 0;       // 再発行区分 0–9
    QDate payBy;           // 支払期限; invalid: none (999999)
    int stampFlag = 0;     // 印紙フラグ: 0 for taxes
    core::Money amount;    // 0 … 999,999円

    friend bool operator==(const ConvenienceBarcode &, const ConvenienceBarcode &) = default;
};

inline constexpr int kConvenienceBarcodeDigits = 44;

// The check digit of the 43 digits before it (AI included), or -1 when `digits` is not 43 ASCII
// digits: Σ digit × (3, 1, 3, … from the rightmost digit), CD = (10 − Σ mod 10) mod 10.
int convenienceCheckDigit(QStringView digits);

// The 44 digits ("91…" with its check digit). Errors: revenue.barcode_field (a field out of range,
// the message names it).
core::Result<QString> buildConvenienceBarcode(const ConvenienceBarcode &barcode);

// Reads 44 digits; a leading "(91)" written with the AI in brackets, an "EAN" prefix (as
// convenience-store result files carry it) and surrounding spaces are accepted. Errors:
// revenue.barcode_length, revenue.barcode_digits, revenue.barcode_check_digit,
// revenue.barcode_field (not AI 91, or an impossible 支払期限).
core::Result<ConvenienceBarcode> parseConvenienceBarcode(const QString &text);

} // namespace kikan::revenue
