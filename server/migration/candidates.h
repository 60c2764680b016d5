// Candidate MJ characters for a legacy glyph (文字同定, CHARACTERS.md steps 2–3): exact matches by
// 住基ネット統一文字コード, 戸籍統一文字番号 and UCS(+IVS), then every MJ character with the same
// strict fold key as a match, so staff can choose between glyph variants (葛 and its IVS forms).
#pragma once

#include "shared/moji/charset.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kikan::migration {

// What the old system's 外字 list says about one glyph (any part may be empty).
struct GlyphCodes {
    QString jukiCode;   // "J+9AD9"
    QString kosekiCode; // "513280"
    QString ucsText;    // a character with its selector, "葛\U000E0102"
};

struct Candidate {
    QString mjCode;
    QStringList reasons; // "juki", "koseki", "ucs", "variant"
};

// The text that stands for an MJ character in stored names: its UCS where the code point alone
// draws the glyph (実装したUCS), else the MJ IVS sequence, else the SVS.
QString characterText(const moji::MjCharacter &character);

// The key that joins glyph variants: fold, then variation selectors stripped (髙→高, 葛+IVS→葛).
QString variantKey(const moji::MjCharacter &character);

// Every MJ character whose variantKey is key, in MJ code order.
QList<moji::MjCharacter> variantsOf(const QString &key);

// Exact matches first (in the order 住基, 戸籍, UCS), then their variants; each MJ code once.
QList<Candidate> proposeCandidates(const GlyphCodes &codes);

// Characters for the search box: by MJ code (MJ028902), 住基 code (J+9AD9), 戸籍 number (513280),
// or a character (with or without selector); each match followed by its variants. At most limit.
QList<moji::MjCharacter> searchCharacters(const QString &query, int limit = 60);

// An MJ character as the API gives it: mjCode, text, ucs, ivs, jukiCode, kosekiCode, strokes.
QJsonObject characterJson(const moji::MjCharacter &character);

} // namespace kikan::migration
