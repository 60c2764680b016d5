// Money as whole yen (qint64) and exact decimal rates. Rounding is always explicit: the default is
// 切り捨て, as 国税通則法 第118条/第119条 and 地方税法 第20条の4の2 do for tax amounts.
#pragma once

#include "shared/core/error.h"

#include <QString>

#include <compare>

namespace kikan::core {

namespace err {
inline constexpr char MoneyEmpty[] = "money.empty";
inline constexpr char MoneyFormat[] = "money.format";
inline constexpr char MoneyOverflow[] = "money.overflow";
inline constexpr char RateFormat[] = "rate.format";
} // namespace err

enum class Rounding {
    Down,   // 切り捨て: toward zero
    HalfUp, // 四捨五入: half away from zero
    Up,     // 切り上げ: away from zero
};

// An exact rate num/den (den > 0), read from a decimal string in a data file ("0.06", "8.7%").
class Rate {
public:
    // "0.06", "1.5", "8.7%", "１４．６％". Errors: rate.format.
    static Result<Rate> parse(const QString &text);
    static Rate fraction(qint64 numerator, qint64 denominator);
    qint64 numerator() const { return m_num; }
    qint64 denominator() const { return m_den; }
    friend bool operator==(const Rate &, const Rate &) = default;

private:
    Rate(qint64 num, qint64 den) : m_num(num), m_den(den) {}
    qint64 m_num;
    qint64 m_den;
};

class Money {
public:
    constexpr Money() = default;
    static constexpr Money ofYen(qint64 yen) { return Money(yen); }
    // "1,234円", "￥1,234", "¥1234", "1234", "-1,234円", "△1,234" (△/▲ mark a negative amount),
    // full-width digits. Commas must group by three. Errors: money.empty, money.format,
    // money.overflow.
    static Result<Money> parse(const QString &text);

    constexpr qint64 yen() const { return m_yen; }

    // amount × rate, rounded to whole yen as told (default 切り捨て).
    Money times(const Rate &rate, Rounding rounding = Rounding::Down) const;
    // Rounded down (toward zero) to a multiple of `unit`: 100円未満切捨て = roundedDownTo(100).
    Money roundedDownTo(qint64 unit) const;

    // "1,234円", "-1,234円"
    QString toString() const;
    // "￥1,234" (full-width yen sign, as printed on 納付書), "-￥1,234"
    QString toYenSignString() const;

    constexpr Money operator-() const { return Money(-m_yen); }
    constexpr Money operator+(Money o) const { return Money(m_yen + o.m_yen); }
    constexpr Money operator-(Money o) const { return Money(m_yen - o.m_yen); }
    constexpr Money operator*(qint64 count) const { return Money(m_yen * count); }
    Money &operator+=(Money o) { m_yen += o.m_yen; return *this; }
    Money &operator-=(Money o) { m_yen -= o.m_yen; return *this; }
    friend constexpr auto operator<=>(const Money &, const Money &) = default;

private:
    constexpr explicit Money(qint64 yen) : m_yen(yen) {}
    qint64 m_yen = 0;
};

} // namespace kikan::core
