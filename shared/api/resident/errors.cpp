#include "errors.h"

namespace kikan::api {

QList<ErrorInfo> residentErrors()
{
    return {
        {err::ResidentConflict, 409, "この世帯は他の端末で先に更新されました。もう一度照会してからやり直してください。"},
        {err::ResidentState, 422, "住民の今の状態では、この異動はできません。"},
        {err::ResidentNotFound, 404, "指定された住民は見つかりません。"},
        {err::ResidentProtected, 403, "支援措置の対象者のため、表示・証明書の交付はできません。"},
        {err::ResidentMyNumberForbidden, 403, "個人番号を利用する権限がありません。"},
        {err::CertificateNotFound, 404, "指定された発行番号の証明書はありません。"},
        {err::CertificateNoRecords, 404, "証明する住民票がありません。"},
        {err::CertificateNotResident, 422, "住民ではない方の住民票の写しは発行できません。除票の写しを選んでください。"},
        {err::CertificateNotRemoved, 422, "消除されていない方の除票の写しは発行できません。"},
        {err::CertificateNoDestination, 422, "転出の届出がないため、転出証明書は発行できません。"},
        {err::CertificateHistoryNotAllowed, 422, "異動履歴は個人票と除票の写しにだけ記載できます。"},
        {err::CertificateMyNumberReason, 422, "個人番号を記載するには、必要とする理由の入力が必要です。"},
        {err::CertificateCannotPrint, 422, "この証明書は印字できません。表示された内容を管理者に伝えてください。"},
    };
}

} // namespace kikan::api
