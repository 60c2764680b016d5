#include "errors.h"

namespace kikan::api {

QList<ErrorInfo> electoralRollErrors()
{
    return {
        {err::ElectoralNotFound, 404, "この方は選挙人名簿に登録されていません。"},
        {err::ElectoralNotRegistrationDay, 422, "定時登録の登録日（3・6・9・12月の登録日）ではありません。"},
        {err::ElectoralDistrictUnknown, 422, "住所の町字が、どの投票区にも属していません。投票区の表を確認してください。"},
        {err::ElectoralDistrictNotFound, 404, "指定された投票区はありません。"},
        {err::ElectoralAreaTwice, 422, "一つの町字を二つの投票区に入れることはできません。"},
        {err::ElectoralConflict, 409, "投票区の表は他の端末で先に更新されました。もう一度表示してからやり直してください。"},
        {err::ElectoralCannotPrint, 422, "選挙人名簿抄本を印字できません。表示された内容を管理者に伝えてください。"},
    };
}

} // namespace kikan::api
