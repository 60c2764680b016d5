// Kana search keys: width, hiragana/katakana and small-kana folding for name search.
// Rules follow CHARACTERS.md "Search keys" (full/half width, hiragana/katakana, spaces ignored).
#pragma once

#include <QString>

namespace kikan::text {

// The kana search key of a name. Folds, in this order:
//  - half-width katakana to full-width, joining a following ﾞ/ﾟ (ｶﾞ → ガ, ｳﾞ → ヴ);
//    full-width ASCII (Ａ１－) to ASCII; ASCII letters to upper case (smith → SMITH);
//  - a spacing or combining 濁点/半濁点 after a kana is joined to it (か゛ / か+U+3099 → ガ);
//  - hiragana to katakana (ゔ → ヴ, ゝ → ヽ);
//  - small kana to large: ァィゥェォッャュョヮヵヶ, ゕゖ and ㇰ…ㇿ (ッ → ツ, ヶ → ケ);
//  - the obsolete ヰ/ヱ to イ/エ and ヸ/ヹ to ヴイ/ヴエ;
//  - removes white space (ASCII, U+3000 and others) and middle dots (・ ･ ·).
// It keeps: the 長音 ー (サトー and サトウ are different spellings, a clerk types what is written);
// ヴ apart from ブ and ヂ/ヅ apart from ジ/ズ (distinct spellings in the register; a looser tier
// may join them); 濁点 and 半濁点 (ガ ≠ カ, パ ≠ ハ); ヲ (a current kana); every ideograph,
// compatibility ideograph and variation selector exactly as given, and all other characters.
// Thread-safe.
QString kanaKey(const QString &s);

} // namespace kikan::text
