// 和暦 dates: a Gregorian date seen as era + year + month + day, with the counter's written forms.
// Era boundaries come from resources/codes/eras.json (era.h); the first year of an era is 元年
// (FORMATS.md "Dates"). The table agrees with ICU's ja_JP@calendar=japanese on every day from
// 1868-09-08 on (tested day by day); before that ICU says 慶応 where 戸籍 practice says 明治 from
// 1868-01-25. Month and day are Gregorian throughout, as in ICU: dates before 明治6年 (1873-01-01)
// written in a 戸籍 in the old lunisolar calendar must be converted by a person.
#pragma once

#include "shared/core/era.h"
#include "shared/core/error.h"

#include <QDate>
#include <QString>

namespace kikan::core {

namespace err {
inline constexpr char DateEmpty[] = "date.empty";             // nothing typed
inline constexpr char DateFormat[] = "date.format";           // not a date form we know
inline constexpr char DateInvalid[] = "date.invalid";         // no such month/day (2月30日)
inline constexpr char DateOutsideEra[] = "date.outside_era";  // 平成31年5月1日, 令和1年4月30日
inline constexpr char DateOutOfRange[] = "date.out_of_range"; // before 明治 (1868-01-25)
} // namespace err

class WarekiDate {
public:
    // The 和暦 of a Gregorian date. Errors: date.invalid (null date), date.out_of_range.
    static Result<WarekiDate> fromDate(QDate date);
    // Checks that the day exists in that era: 平成31年5月1日 and 令和1年4月30日 do not
    // (date.outside_era, the message names the right era); 2月30日 does not (date.invalid).
    static Result<WarekiDate> fromParts(const Era &era, int year, int month, int day);

    QDate toDate() const { return m_date; }
    const Era &era() const { return *m_era; }
    int year() const { return m_year; } // 1 = 元年
    int month() const { return m_date.month(); }
    int day() const { return m_date.day(); }

    // 令和6年11月24日, 平成元年1月8日
    QString toLongString() const;
    // R6.11.24, H1.1.8
    QString toShortString() const;
    // The counter's 7 digits: era code, year, month, day (5061124; 4050101 = 平成5年1月1日).
    QString toCounterDigits() const;
    // The year alone, for 年度 labels: 令和6年, 平成元年
    QString yearLabel() const;

    friend bool operator==(const WarekiDate &a, const WarekiDate &b)
    {
        return a.m_date == b.m_date;
    }

private:
    WarekiDate(const Era *era, int year, QDate date) : m_era(era), m_year(year), m_date(date) {}
    const Era *m_era;
    int m_year;
    QDate m_date;
};

// 令和6年 / 平成元年 for an era and a year in it (no check that the year exists).
QString eraYearLabel(const Era &era, int year);

} // namespace kikan::core
