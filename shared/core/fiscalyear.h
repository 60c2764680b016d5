// 年度 (fiscal year): 1 April to 31 March (地方自治法 第208条). Labelled in 和暦 by the era in
// force in the calendar year the 年度 starts, latest era first: 2019年度 = 令和元年度 (as towns
// write it), 1988年度 = 昭和63年度, 1989年度 = 平成元年度.
#pragma once

#include <QDate>
#include <QString>

#include <compare>

namespace kikan::core {

class FiscalYear {
public:
    // The 年度 that starts on 1 April of `year` (2024 → 令和6年度).
    static constexpr FiscalYear startingIn(int year) { return FiscalYear(year); }
    // The 年度 containing `date` (2025-03-31 → 令和6年度). `date` must be valid.
    static FiscalYear containing(QDate date);

    constexpr int startYear() const { return m_year; }
    QDate firstDay() const { return QDate(m_year, 4, 1); }
    QDate lastDay() const { return QDate(m_year + 1, 3, 31); }
    bool contains(QDate date) const { return date >= firstDay() && date <= lastDay(); }
    constexpr FiscalYear next() const { return FiscalYear(m_year + 1); }
    constexpr FiscalYear previous() const { return FiscalYear(m_year - 1); }

    // 令和6年度; 西暦 (2024年度) before 明治.
    QString label() const;

    friend constexpr auto operator<=>(const FiscalYear &, const FiscalYear &) = default;

private:
    constexpr explicit FiscalYear(int year) : m_year(year) {}
    int m_year;
};

} // namespace kikan::core
