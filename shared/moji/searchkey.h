// 縮退 fold and name search keys (CHARACTERS.md "Search keys"): strict keys from the MJ縮退マップ
// (戸籍統一文字情報_親字正字, JIS包摂規準UCS統合規則), loose keys from kdpv jinmei/joyo variants and
// resources/moji/loose-variants.txt. Keys are for search only; the stored name is never changed.
#pragma once

#include <QString>

namespace kikan::moji {

// NFC, then each character (with its MJ IVS/SVS, if any) to its 縮退 target: 髙→高, 﨑→崎, 邊→辺,
// 澤→沢, 齊→斉, 渕→淵. A selector the table does not know is dropped when its base character folds
// and kept otherwise. Characters outside the table are kept. Thread-safe.
QString fold(const QString &text);

// The strict name search key: NFC → fold → strip variation selectors → kikan::text::kanaKey.
// Equal keys for 高/髙, 崎/﨑/嵜, 辺/邊/邉, 沢/澤, カナ/かな/ｶﾅ. Use for search and 名寄せ candidates.
QString nameSearchKey(const QString &name);

// The loose key: the strict key with 斎/斉/齋/齊, 槇/槙, 桧/檜 … joined. Show its matches marked as
// loose; never use it for identity or 名寄せ.
QString looseNameSearchKey(const QString &name);

} // namespace kikan::moji
