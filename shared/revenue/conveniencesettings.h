// The town's コンビニ収納 settings (resources/revenue/convenience.json: 請求書発行企業コード, the
// free field's layout, the contract's amount cap; all [要確認] for the town) and the barcode of
// one 納付書 built from them: what an area that prints a 納付書 (軽自動車税 first) calls.
#pragma once

#include "conveniencebarcode.h"
#include "freefield.h"

#include <optional>

namespace kikan::revenue {

struct ConvenienceSettings {
    QString companyCode;
    FreeFieldLayout freeField;
    core::Money amountCap;
};

// Reads the settings from JSON (the resource's shape). Errors: revenue.barcode_layout.
core::Result<ConvenienceSettings> convenienceSettingsFromJson(const QByteArray &json);
// The settings compiled in (:/revenue/convenience.json).
const ConvenienceSettings &convenienceSettings();

// What one 納付書 says: its 通知書番号, 年度, 期別, 納期限 (the 支払期限) and amount.
struct SlipFacts {
    QString noticeNo;
    int fiscalYear = 0;
    int installment = 1;
    QDate dueDate;
    core::Money amount;
    int reissue = 0;
};

// The 44 digits for the slip, or nothing when the amount is above the contract's cap (such a slip
// is paid at a bank or the counter only). Errors: revenue.barcode_field.
core::Result<std::optional<QString>> slipBarcode(const ConvenienceSettings &settings,
                                                 const SlipFacts &slip);
// The facts a read barcode carries under these settings (通知書番号 without its zero fill).
SlipFacts slipFactsOf(const ConvenienceSettings &settings, const ConvenienceBarcode &barcode);

} // namespace kikan::revenue
