// 和暦 dates (see wareki.h for the rules and their source).
#include "shared/core/wareki.h"

namespace kikan::core {
namespace {

QString japaneseDate(const QString &yearLabel, int month, int day)
{
    return QStringLiteral("%1%2月%3日").arg(yearLabel).arg(month).arg(day);
}

} // namespace

QString eraYearLabel(const Era &era, int year)
{
    return era.name + (year == 1 ? QStringLiteral("元") : QString::number(year)) + u'年';
}

Result<WarekiDate> WarekiDate::fromDate(QDate date)
{
    if (!date.isValid())
        return Error{err::DateInvalid, QStringLiteral("日付が正しくありません")};
    const Era *era = eraOn(date);
    if (!era) {
        return Error{err::DateOutOfRange,
                     QStringLiteral("%1年%2月%3日は明治より前のため和暦にできません")
                         .arg(date.year())
                         .arg(date.month())
                         .arg(date.day())};
    }
    return WarekiDate(era, date.year() - era->start.year() + 1, date);
}

Result<WarekiDate> WarekiDate::fromParts(const Era &era, int year, int month, int day)
{
    const QString asWritten = japaneseDate(eraYearLabel(era, year), month, day);
    const QDate date(era.start.year() + year - 1, month, day);
    if (year < 1 || year > 99 || !date.isValid())
        return Error{err::DateInvalid, QStringLiteral("%1という日付はありません").arg(asWritten)};
    const Era *inForce = eraOn(date);
    if (!inForce || inForce->code != era.code) {
        QString hint;
        if (inForce) {
            const WarekiDate right(inForce, date.year() - inForce->start.year() + 1, date);
            hint = QStringLiteral("（西暦%1年%2月%3日は%4です）")
                       .arg(date.year())
                       .arg(month)
                       .arg(day)
                       .arg(right.toLongString());
        }
        return Error{err::DateOutsideEra,
                     QStringLiteral("%1という日付はありません%2").arg(asWritten, hint)};
    }
    return WarekiDate(inForce, year, date);
}

QString WarekiDate::toLongString() const
{
    return japaneseDate(yearLabel(), month(), day());
}

QString WarekiDate::toShortString() const
{
    return QStringLiteral("%1%2.%3.%4")
        .arg(m_era->abbreviation)
        .arg(m_year)
        .arg(month())
        .arg(day());
}

QString WarekiDate::toCounterDigits() const
{
    return QStringLiteral("%1%2%3%4")
        .arg(m_era->code)
        .arg(m_year, 2, 10, QChar(u'0'))
        .arg(month(), 2, 10, QChar(u'0'))
        .arg(day(), 2, 10, QChar(u'0'));
}

QString WarekiDate::yearLabel() const
{
    return eraYearLabel(*m_era, m_year);
}

} // namespace kikan::core
