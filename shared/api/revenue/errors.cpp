#include "errors.h"

namespace kikan::api {

QList<ErrorInfo> revenueErrors()
{
    return {
        {err::RevenueAssessmentConflict, 409, "同じ調定が異なる内容で既に登録されています。内容を変えるには更正してください。"},
        {err::RevenueNoticeNoTaken, 409, "この通知書番号は別の調定で使われています。"},
        {err::RevenueAssessmentNotFound, 404, "指定された調定はありません。"},
        {err::RevenueBarcodeLength, 422, "バーコードの桁数が正しくありません。"},
        {err::RevenueBarcodeDigits, 422, "バーコードに数字以外の文字があります。"},
        {err::RevenueBarcodeCheckDigit, 422, "バーコードのチェックデジットが合いません。"},
        {err::RevenueBarcodeField, 422, "バーコードの項目の値が正しくありません。"},
        {err::RevenueBarcodeLayout, 500, "バーコードの任意使用欄の定義が正しくありません。管理者に連絡してください。"},
    };
}

} // namespace kikan::api
