// The platform's error catalogue (one row per stable code, see errorcode.h) and the registry of
// the areas' catalogues. Messages are for counter staff.
#include "errorcode.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <mutex>
#include <shared_mutex>
#include <stdexcept>
#include <string>
#include <vector>

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
    {err::Internal, 500, "サーバーで予期しないエラーが発生しました。管理者に連絡してください。"},
};
std::vector<ErrorInfo> &registered()
{
    static std::vector<ErrorInfo> areas;
    return areas;
}

std::shared_mutex &registryMutex()
{
    static std::shared_mutex mutex;
    return mutex;
}

bool sameEntry(const ErrorInfo &a, const ErrorInfo &b)
{
    return a.httpStatus == b.httpStatus && std::strcmp(a.title, b.title) == 0;
}
} // namespace

ErrorInfo errorInfo(const QString &code)
{
    for (const ErrorInfo &info : kCatalogue) {
        if (code == QLatin1String(info.code))
            return info;
    }
    std::shared_lock lock(registryMutex());
    for (const ErrorInfo &info : registered()) {
        if (code == QLatin1String(info.code))
            return info;
    }
    return kCatalogue[std::size(kCatalogue) - 1];
}

QList<ErrorInfo> platformErrors()
{
    return QList<ErrorInfo>(std::begin(kCatalogue), std::end(kCatalogue));
}

QList<ErrorInfo> errorCatalogue()
{
    QList<ErrorInfo> all = platformErrors();
    std::shared_lock lock(registryMutex());
    all.append(QList<ErrorInfo>(registered().begin(), registered().end()));
    return all;
}

void registerErrors(const QList<ErrorInfo> &errors)
{
    std::unique_lock lock(registryMutex());
    for (const ErrorInfo &e : errors) {
        const auto known = [&e](const ErrorInfo &k) { return std::strcmp(k.code, e.code) == 0; };
        const auto platform = std::find_if(std::begin(kCatalogue), std::end(kCatalogue), known);
        const auto area = std::find_if(registered().begin(), registered().end(), known);
        const ErrorInfo *existing = platform != std::end(kCatalogue) ? &*platform
                                    : area != registered().end()    ? &*area
                                                                    : nullptr;
        if (existing && !sameEntry(*existing, e))
            throw std::logic_error(std::string("error code registered twice: ") + e.code);
        if (!existing)
            registered().push_back(e);
    }
}

} // namespace kikan::api
