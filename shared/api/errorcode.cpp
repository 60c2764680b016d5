// The error catalogue: one row per stable code (see errorcode.h). Messages are for counter staff.
#include "errorcode.h"

#include <iterator>

namespace kikan::api {

namespace {
const ErrorInfo kCatalogue[] = {
    {err::BadRequest, 400, "要求の形式が正しくありません。"},
    {err::BodyTooLarge, 413, "送信されたデータが大きすぎます。"},
    {err::UnsupportedMedia, 415, "送信されたデータの種類に対応していません。"},
    {err::Validation, 422, "入力内容に誤りがあります。"},
    {err::NotFound, 404, "指定されたものが見つかりません。"},
    {err::MethodNotAllowed, 405, "この操作はできません。"},
    {err::Timeout, 408, "要求の受信が時間内に終わりませんでした。"},
    {err::Unauthenticated, 401, "サインインしてください。"},
    {err::SessionExpired, 401, "一定時間操作がなかったため、サインインの有効期限が切れました。もう一度サインインしてください。"},
    {err::InvalidCredentials, 401, "職員IDまたはパスワード（PIN）が違います。"},
    {err::AccountLocked, 423, "サインインに続けて失敗したため、アカウントがロックされています。管理者に連絡してください。"},
    {err::AccountDisabled, 403, "このアカウントは利用停止されています。"},
    {err::PasswordMethodDisabled, 403, "パスワードでのサインインは許可されていません。職員証（ICカード）でサインインしてください。"},
    {err::PasswordPolicy, 422, "パスワードが規則を満たしていません。"},
    {err::PasswordChangeRequired, 403, "仮のパスワードでサインインしています。先にパスワードを変更してください。"},
    {err::CardNotBound, 401, "この職員証は登録されていないか、無効にされています。"},
    {err::Forbidden, 403, "この操作を行う権限がありません。"},
    {err::Conflict, 409, "他の端末で先に更新されました。最新の内容を読み込んでからやり直してください。"},
    {err::AlreadyExists, 409, "同じものがすでに登録されています。"},
    {err::StoreUnavailable, 503, "データベースに接続できません。しばらくしてからやり直してください。"},
    {err::ShuttingDown, 503, "サーバーが停止処理中です。しばらくしてからやり直してください。"},
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
    {err::Internal, 500, "サーバーで予期しないエラーが発生しました。管理者に連絡してください。"},
};
} // namespace

const ErrorInfo &errorInfo(const QString &code)
{
    for (const ErrorInfo &info : kCatalogue) {
        if (code == QLatin1String(info.code))
            return info;
    }
    return kCatalogue[std::size(kCatalogue) - 1];
}

const ErrorInfo *errorCatalogue(int *count)
{
    *count = int(std::size(kCatalogue));
    return kCatalogue;
}

} // namespace kikan::api
