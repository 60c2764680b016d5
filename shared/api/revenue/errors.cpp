#include "errors.h"

namespace kikan::api {

QList<ErrorInfo> revenueErrors()
{
    return {
        {err::RevenueAssessmentConflict, 409, "同じ調定が異なる内容で既に登録されています。内容を変えるには更正してください。"},
        {err::RevenueNoticeNoTaken, 409, "この通知書番号は別の調定で使われています。"},
        {err::RevenueAssessmentNotFound, 404, "指定された調定はありません。"},
        {err::RevenueReceiptNotFound, 404, "指定された収納はありません。"},
        {err::RevenueReceiptState, 422, "この収納の今の状態では、その操作はできません。"},
        {err::RevenueImportInvalid, 422, "取り込むファイルに誤りがあります。行ごとの誤りを確認してください。何も取り込んでいません。"},
        {err::RevenueReceiptPrint, 500, "領収証書を作成できませんでした。収納は記録していません。管理者に連絡してください。"},
        {err::RevenueBarcodeLength, 422, "バーコードの桁数が正しくありません。"},
        {err::RevenueBarcodeDigits, 422, "バーコードに数字以外の文字があります。"},
        {err::RevenueBarcodeCheckDigit, 422, "バーコードのチェックデジットが合いません。"},
        {err::RevenueBarcodeField, 422, "バーコードの項目の値が正しくありません。"},
        {err::RevenueBarcodeLayout, 500, "バーコードの任意使用欄の定義が正しくありません。管理者に連絡してください。"},
        {err::RevenueRatesData, 500, "延滞金・還付加算金の率の定義が正しくありません。管理者に連絡してください。"},
        {err::RevenueRateUnknown, 422, "この期間の延滞金・還付加算金の率が登録されていません。"},
        {err::RevenueDebitField, 422, "口座振替ファイルの項目に書けない値があります。"},
    };
}

} // namespace kikan::api
