#include "errors.h"

namespace kikan::api {

QList<ErrorInfo> sealRegistrationErrors()
{
    return {
        {err::SealNotResident, 422, "住民基本台帳に記録されている方でなければ、印鑑の登録はできません。"},
        {err::SealUnderAge, 422, "登録できる年齢に達していないため、印鑑の登録はできません。"},
        {err::SealAdultWard, 422, "成年被後見人の方は印鑑の登録ができません。"},
        {err::SealAlreadyRegistered, 409, "この方はすでに印鑑を登録しています（登録できる印鑑は一人一個です）。"},
        {err::SealNameMismatch, 422, "印影の文字が住民票の氏名・氏・名・旧氏・通称（又はその組合せ）と一致しません。"},
        {err::SealTooSmall, 422, "印影が小さすぎます（基準の正方形に収まる）ため、登録できません。"},
        {err::SealTooLarge, 422, "印影が大きすぎます（基準の正方形に収まらない）ため、登録できません。"},
        {err::SealUnsuitable, 422, "ゴム印その他の変形しやすい印鑑、又は印影が不鮮明な印鑑は登録できません。"},
        {err::SealImageUnreadable, 422, "印影の画像を読み取れません。PNG又はTIFFの画像を指定してください。"},
        {err::SealNoImpression, 422, "画像の中に印影が見つかりません。"},
        {err::SealNoResolution, 422, "画像の解像度（dpi）が分かりません。読み取った解像度を指定してください。"},
        {err::SealNotFound, 404, "指定された印鑑登録はありません。"},
        {err::SealState, 422, "この印鑑登録の今の状態では、この処理はできません。"},
        {err::SealGuarantor, 422, "保証人は、この町で印鑑の登録を受けている方でなければなりません。"},
        {err::SealInquiryExpired, 422, "照会書の回答期限を過ぎているため、登録できません。改めて申請してください。"},
        {err::SealCardUnknown, 404, "この番号の印鑑登録証は使われていません（亡失・廃止・番号違い）。"},
        {err::SealProtected, 403, "支援措置の対象者のため、本人以外の請求には印鑑登録証明書を交付できません。"},
        {err::SealCannotPrint, 422, "印鑑登録の帳票（証明書・照会書）を印字できません。表示された内容を管理者に伝えてください。"},
        {err::SealConflict, 409, "この印鑑登録は他の端末で先に更新されました。もう一度照会してからやり直してください。"},
    };
}

} // namespace kikan::api
