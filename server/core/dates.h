// The server's two ways of writing time, one each: the 処理日 (processing date, the date in 日本標準時
// on which work is done and dated) and the timestamp stored in every table and log (UTC, ISO 8601
// with milliseconds, e.g. 2026-12-02T04:13:41.123Z). Both read the injected Clock.
#pragma once

#include "clock.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kikan::core {

// 処理日: the date in Japan (UTC+9, no daylight saving) at the clock's now.
QDate processingDate(const Clock &clock);
// The date in Japan of any instant.
QDate japanDate(const QDateTime &instant);
// The stored form of an instant: UTC, ISO 8601 with milliseconds and 'Z'.
QString timestamp(const QDateTime &instant);
// The stored form of the clock's now.
QString timestampNow(const Clock &clock);
// An instant from its stored form (either with or without milliseconds); invalid when unreadable.
QDateTime parseTimestamp(const QString &text);
// The stored form of a date (ISO 8601, YYYY-MM-DD); empty for an invalid date.
QString isoDate(const QDate &date);

} // namespace kikan::core
