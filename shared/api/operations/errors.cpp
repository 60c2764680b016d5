// The operations module's error table (errors.h).
#include "errors.h"

namespace kikan::api {

QList<ErrorInfo> operationsErrors()
{
    return {
        {err::AntivirusInfected, 422, "送られたファイルからウイルスが検出されたため、受け付けませんでした。ファイルは隔離しました。情報システム担当に連絡してください。"},
        {err::IdempotencyKeyInvalid, 400, "依頼番号（Idempotency-Key）の形式が正しくありません。端末のプログラムを確認してください。"},
        {err::IdempotencyKeyReused, 422, "この依頼番号（Idempotency-Key）は別の内容の依頼に使われています。同じ依頼番号で違う依頼は送れません。"},
        {err::IdempotencyInProgress, 409, "同じ依頼を処理中です。しばらくしてから結果を確かめてください。"},
        {err::IdempotencyAnswerLost, 409, "この依頼は既に処理されましたが、その応答は失われました。画面を開き直して結果を確かめてください。"},
        {err::AntivirusUnavailable, 503, "ウイルス検査ができないため、ファイルを受け付けられません。しばらくしてからやり直すか、情報システム担当に連絡してください。"},
    };
}

} // namespace kikan::api
