// The standard character set (MJ文字, 文字情報基盤): look a character up by MJ文字図形名, 住基ネット統一文字
// コード, 戸籍統一文字番号 or Unicode (+IVS/SVS), and find what in a text lies outside the set.
// Data: MJ文字情報一覧表 via @mandel59/mojidata, generated at build time (docs/moji.md, CHARACTERS.md).
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace kikan::moji {

// One MJ character (MJ文字). Empty strings / 0 where the list gives no value.
struct MjCharacter {
    QString mjCode;      // MJ文字図形名, e.g. "MJ028902"
    QString ucs;         // 実装したUCS: the code point alone draws this glyph (may be empty)
    QString baseUcs;     // 対応するUCS
    QString ivs;         // 実装したMoji_JohoコレクションIVS: base + variation selector
    QString svs;         // 実装したSVS (compatibility ideographs): base + U+FE00…
    QString jukiCode;    // 住基ネット統一文字コード, e.g. "J+9AD9"
    QString kosekiCode;  // 戸籍統一文字番号, six digits, e.g. "001340"
    int strokes = 0;     // 総画数
};

std::optional<MjCharacter> byMjCode(QStringView mjCode);
std::optional<MjCharacter> byJukiCode(QStringView jukiCode);
std::optional<MjCharacter> byKosekiCode(QStringView kosekiCode);
// One character with an optional variation selector (葛, 葛+U+E0103, 欄+U+FE00). A sequence that is
// no MJ IVS/SVS (葛+U+E0100, Adobe-Japan1) is not found; strip the selector to look up the base.
std::optional<MjCharacter> byUcs(QStringView sequence);

// A character (with its variation selector, if any) outside the standard set.
struct OutsideCharacter {
    qsizetype position = 0;  // UTF-16 index in the text
    QString text;            // the code point and its selector
};

// The characters of text that are neither an MJ character (its UCS, MJ IVS or SVS) nor in the
// curated non-kanji list (resources/moji/standard-nonkanji.txt): 外字 in the private use area,
// emoji, ideographs outside MJ, non-MJ variation sequences. Text is checked as given (no NFC).
QList<OutsideCharacter> outsideStandardSet(QStringView text);

struct TableSizes {
    int mjCharacters = 0;
    int foldRows = 0;
    int looseRows = 0;
};
TableSizes tableSizes();

// The licence notice of the MJ data (CC BY-SA 2.1 JP, IPA; mojidata MIT) for the about box.
QString attribution();

} // namespace kikan::moji
