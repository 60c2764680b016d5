// Private: the MJ tables generated at build time (docs/moji.md), loaded once from the embedded
// resources into hash maps, and the split of a text into code points with their selectors.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace kikan::moji::detail {

// One code point of a text with the variation selector that follows it (0 if none).
struct Unit {
    char32_t base = 0;
    char32_t selector = 0;
    qsizetype position = 0;  // UTF-16 index in the text
    qsizetype length = 0;    // UTF-16 units, selector included
};

bool isVariationSelector(char32_t c);
QList<Unit> units(QStringView text);

// A base code point and its selector packed into one hash key.
inline quint64 sequenceKey(char32_t base, char32_t selector)
{
    return (quint64(base) << 32) | selector;
}

// One row of mj.tsv in compact form.
struct Record {
    quint32 mjNumber = 0;   // MJ000001 → 1
    char32_t ucs = 0;       // 実装したUCS, 0 when only the IVS draws the glyph
    char32_t base = 0;      // 対応するUCS (the base of the IVS and SVS)
    char32_t ivs = 0;       // selector of 実装したMoji_JohoコレクションIVS, 0 if none
    char32_t svs = 0;       // selector of 実装したSVS, 0 if none
    quint16 juki = 0;       // 住基ネット統一文字コード J+XXXX → 0xXXXX, 0 if none
    qint32 koseki = -1;     // 戸籍統一文字番号, -1 if none
    quint8 strokes = 0;     // 総画数
};

struct Tables {
    std::vector<Record> records;
    QHash<quint32, int> byMjNumber;
    QHash<quint16, int> byJuki;
    QHash<qint32, int> byKoseki;
    QHash<quint64, int> bySequence;      // (ucs, 0), (base, ivs), (base, svs) → record
    QHash<quint64, char32_t> fold;       // (code point, selector) → folded code point
    QHash<char32_t, char32_t> loose;     // folded code point → loose key code point
    QList<QPair<char32_t, char32_t>> nonKanji;  // accepted non-kanji ranges, inclusive
    QString attribution;
};

// Loaded on first use; thread-safe (function-local static), immutable afterwards.
const Tables &tables();

} // namespace kikan::moji::detail
