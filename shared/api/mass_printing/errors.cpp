#include "errors.h"

namespace kikan::api {

QList<ErrorInfo> massPrintingErrors()
{
    return {
        {err::MassPrintUnknownKind, 422, "指定された帳票は一括印刷できません。"},
        {err::MassPrintNotFound, 404, "指定された一括印刷はありません。"},
        {err::MassPrintFileNotFound, 404, "指定されたファイルはこの一括印刷にありません。"},
        {err::MassPrintNothing, 422, "印刷する帳票がありません。"},
        {err::MassPrintRecipientGone, 409, "一括印刷の途中で宛先が印刷の対象でなくなりました。新しく一括印刷をやり直してください。"},
        {err::MassPrintNotFinished, 409, "一括印刷がまだ終わっていません。"},
        {err::ProfileSetNotFound, 404, "この端末グループの既定のプリンタ設定はありません。"},
        {err::ProfileSetInvalid, 422, "プリンタ設定ファイルに誤りがあります。登録していません。"},
        {err::MassPrintSpoolWrite, 500, "スプールファイルを書き込めません。ディスクの空きを確かめてください。"},
    };
}

} // namespace kikan::api
