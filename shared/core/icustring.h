// Conversions between QString and ICU's UnicodeString (both UTF-16: a copy, no transcoding).
#pragma once

#include <QString>

#include <unicode/unistr.h>

namespace kikan::core {

inline icu::UnicodeString toIcu(const QString &s)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
}

inline QString fromIcu(const icu::UnicodeString &u)
{
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

} // namespace kikan::core
