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
// コンビニ収納 barcode (shared/revenue/conveniencebarcode.h, freefield.h)
inline constexpr char RevenueBarcodeLength[] = "revenue.barcode_length";
inline constexpr char RevenueBarcodeDigits[] = "revenue.barcode_digits";
inline constexpr char RevenueBarcodeCheckDigit[] = "revenue.barcode_check_digit";
inline constexpr char RevenueBarcodeField[] = "revenue.barcode_field";
inline constexpr char RevenueBarcodeLayout[] = "revenue.barcode_layout";
} // namespace err

// Every code above with its HTTP status and message.
QList<ErrorInfo> revenueErrors();

} // namespace kikan::api
