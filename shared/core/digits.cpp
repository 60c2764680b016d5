// Digit helpers (see digits.h).
#include "shared/core/digits.h"

namespace kikan::core {

QString asciiDigits(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            out.append(QChar(u'0' + (c.unicode() - 0xFF10)));
        else
            out.append(c);
    }
    return out;
}

bool isAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace kikan::core
