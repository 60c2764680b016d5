#include "errors.h"

namespace kikan::api {

QList<ErrorInfo> bankAccountErrors()
{
    return {
        {err::BankAccountNotFound, 404, "指定された口座は見つかりません。"},
        {err::BankAccountConflict, 409, "この口座は他の端末で先に更新されました。もう一度照会してからやり直してください。"},
        {err::BankAccountBank, 422, "金融機関コードまたは店舗コードが全銀の金融機関マスタにありません。"},
        {err::BankAccountHolder, 422, "口座名義（カナ）に全銀で使えない文字があります。"},
        {err::BankAccountOverlap, 409, "この期間にはすでに口座振替の口座が登録されています。先に今の口座を終了してください。"},
        {err::BankAccountState, 422, "この口座の今の状態では、この変更はできません。"},
        {err::BankAccountMaster, 500, "金融機関マスタ（zengin-code）が読めません。"},
    };
}

} // namespace kikan::api
