// The operations module's error table (errors.h).
#include "errors.h"

namespace kikan::api {

QList<ErrorInfo> operationsErrors()
{
    return {
        {err::AntivirusInfected, 422, "送られたファイルからウイルスが検出されたため、受け付けませんでした。ファイルは隔離しました。情報システム担当に連絡してください。"},
        {err::AntivirusUnavailable, 503, "ウイルス検査ができないため、ファイルを受け付けられません。しばらくしてからやり直すか、情報システム担当に連絡してください。"},
    };
}

} // namespace kikan::api
