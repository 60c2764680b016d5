// The error codes of 収納管理 (server/revenue, shared/revenue) with their Japanese messages for
// staff. The revenue modules (server and client) register them with api::registerErrors.
#pragma once

#include "shared/api/errorcode.h"

namespace kikan::api {

namespace err {
// 調定 (server/assessment/assessmentledger.h)
inline constexpr char RevenueAssessmentConflict[] = "revenue.assessment_conflict";
inline constexpr char RevenueNoticeNoTaken[] = "revenue.notice_no_taken";
inline constexpr char RevenueAssessmentNotFound[] = "revenue.assessment_not_found";
// 収納 and 消込 (server/revenue/reconciler.h)
inline constexpr char RevenueReceiptNotFound[] = "revenue.receipt_not_found";
inline constexpr char RevenueReceiptState[] = "revenue.receipt_state";
inline constexpr char RevenueImportInvalid[] = "revenue.import_invalid";
inline constexpr char RevenueReceiptPrint[] = "revenue.receipt_print";
// コンビニ収納 barcode (shared/revenue/conveniencebarcode.h, freefield.h)
inline constexpr char RevenueBarcodeLength[] = "revenue.barcode_length";
inline constexpr char RevenueBarcodeDigits[] = "revenue.barcode_digits";
inline constexpr char RevenueBarcodeCheckDigit[] = "revenue.barcode_check_digit";
inline constexpr char RevenueBarcodeField[] = "revenue.barcode_field";
inline constexpr char RevenueBarcodeLayout[] = "revenue.barcode_layout";
// 延滞金・還付加算金 (shared/revenue/interestrates.h, interest.h)
inline constexpr char RevenueRatesData[] = "revenue.rates_data";
inline constexpr char RevenueRateUnknown[] = "revenue.rate_unknown";
// 全銀 口座振替 (shared/revenue/zengindebit.h)
inline constexpr char RevenueDebitField[] = "revenue.debit_field";
} // namespace err

// Every code above with its HTTP status and message.
QList<ErrorInfo> revenueErrors();

} // namespace kikan::api
