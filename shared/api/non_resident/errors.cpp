#include "errors.h"

namespace kikan::api {

QList<ErrorInfo> nonResidentErrors()
{
    return {
        {err::NonResidentNotFound, 404, "指定された住登外者・法人は見つかりません。"},
        {err::NonResidentConflict, 409, "この宛名は他の端末で先に更新されました。もう一度照会してからやり直してください。"},
        {err::NonResidentCorporateNumber, 422, "法人番号が正しくありません。13桁の数字と検査用数字を確かめてください。"},
        {err::NonResidentDuplicate, 409, "この法人番号の法人はすでに登録されています。"},
        {err::NonResidentState, 422, "この宛名の今の状態では、この変更はできません。"},
    };
}

} // namespace kikan::api
