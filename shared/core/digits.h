// Digit helpers for numbers typed at the counter: full-width digits (０-９) are accepted and
// normalised to ASCII everywhere Kikan reads a number.
#pragma once

#include <QString>
#include <QStringView>

namespace kikan::core {

// Full-width digits U+FF10..U+FF19 to ASCII 0-9; every other character is kept.
QString asciiDigits(QStringView s);
// True when s is non-empty and every character is an ASCII digit.
bool isAsciiDigits(QStringView s);
// The value of ASCII digit c (0-9); c must be an ASCII digit.
inline int digitValue(QChar c) { return c.unicode() - u'0'; }

} // namespace kikan::core
