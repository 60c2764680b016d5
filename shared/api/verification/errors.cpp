#include "errors.h"

namespace kikan::api {

QList<ErrorInfo> verificationErrors()
{
    return {
        {err::VerificationUnknownSerial, 404, "この発行番号の証明書は発行されていません。"},
        {err::VerificationRateLimited, 429, "照会が多すぎます。しばらくしてからもう一度お試しください。"},
        {err::VerificationCodeMalformed, 400, "検証コードを読み取れません。コードをもう一度読み取ってください。"},
        {err::VerificationSignFailed, 500, "証明書に署名できませんでした。管理者に連絡してください。"},
        {err::VerificationKeyNotFound, 404, "指定された署名鍵はありません。"},
        {err::VerificationContentChanged, 409, "発行したときと内容が変わっているため、同じ発行番号では印刷できません。新たに発行してください。"},
    };
}

} // namespace kikan::api
