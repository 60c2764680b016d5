#include "dates.h"

namespace kikan::core {

namespace {
constexpr int kJapanOffsetSeconds = 9 * 3600; // 日本標準時 = UTC+9
}

QDate japanDate(const QDateTime &instant)
{
    return instant.toUTC().addSecs(kJapanOffsetSeconds).date();
}

QDate processingDate(const Clock &clock)
{
    return japanDate(clock.now());
}

QString timestamp(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QString timestampNow(const Clock &clock)
{
    return timestamp(clock.now());
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace kikan::core
