// Names for 全銀協 (Zengin) bank transfer files (口座振替): the half-width character set of
// FORMATS.md "全銀協 口座振替" and its Shift_JIS bytes (ICU converter "Shift_JIS").
#pragma once

#include "shared/core/error.h"

#include <QByteArray>
#include <QString>

namespace kikan::text {

namespace err {
inline constexpr char ZenginUnconvertible[] = "text.zengin_unconvertible";
inline constexpr char ZenginTooLong[] = "text.zengin_too_long";
} // namespace err

// Where a conversion failed: the 1-based position in the input and the character there.
struct ZenginFailure {
    qsizetype position = 0;
    QString character;
};

// `name` in the Zengin set: 半角カナ (ｱ-ﾝ, ｦ, ﾞ, ﾟ, ｰ), A-Z, 0-9, space and ( ) . - / \ , .
// Converts hiragana and full-width katakana to half-width katakana (ガ → ｶﾞ, パ → ﾊﾟ, ヴ → ｳﾞ),
// small kana to large (ッ/ｯ → ﾂ, ャ → ﾔ, ヵ → ｶ), ヰ/ヱ to ｲ/ｴ, ー to ｰ, full-width ASCII to
// ASCII, a-z to A-Z, U+3000 to a space and ‐ − – to '-'. Anything else (kanji, ・, symbols) is
// rejected with text.zengin_unconvertible naming the first such character and its position
// (also given in `failure` when not null).
core::Result<QString> toZenginKana(const QString &name, ZenginFailure *failure = nullptr);

// toZenginKana(name) as Shift_JIS bytes (one byte per character), right-padded with spaces to
// `width` bytes when width > 0; longer than `width` is text.zengin_too_long (names are never cut
// silently: staff shorten them).
core::Result<QByteArray> toZenginBytes(const QString &name, int width = 0);

} // namespace kikan::text
