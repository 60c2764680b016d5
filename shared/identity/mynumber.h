// 個人番号 (My Number): 12 digits, the 12th a check digit. Formula: 行政手続における特定の個人を
// 識別するための番号の利用等に関する法律施行令 第8条 (FORMATS.md "Check digits").
#pragma once

#include "shared/core/error.h"

#include <QString>
#include <QStringView>

class QDebug;

namespace kikan::identity {

class MyNumber {
public:
    // Parses typed or imported text (full-width digits and 4-4-4 spaces/hyphens accepted, see
    // readDigits). Errors: identity.empty, identity.not_digits, identity.wrong_length,
    // identity.check_digit.
    static core::Result<MyNumber> parse(const QString &text);

    // The check digit for 11 ASCII digits, or -1 when `base` is not 11 ASCII digits.
    // Digits P_n numbered from the right (n = 1..11), weights Q_n = n+1 (n ≤ 6), n−5 (n ≥ 7);
    // r = Σ P_n·Q_n mod 11; CD = 0 when r ≤ 1, else 11 − r.
    static int checkDigit(QStringView base);

    // The 12 digits in clear. Call only where the user holds the right to see 個人番号.
    QString clearText() const { return m_digits; }
    // Masked for logs and screens without the right: eight '*' and the last four digits
    // ("********9018"), so staff can tell two numbers apart without learning either.
    QString masked() const;

    friend bool operator==(const MyNumber &, const MyNumber &) = default;

private:
    explicit MyNumber(QString digits) : m_digits(std::move(digits)) {}
    QString m_digits;
};

// Prints the masked form only: a My Number never reaches a debug log in clear.
QDebug operator<<(QDebug debug, const MyNumber &number);

// `text` with every valid My Number in it masked as MyNumber::masked(). A candidate is 12 digits
// (ASCII or full-width), optionally grouped 4-4-4 by one space or hyphen, not preceded or followed
// by another digit, whose check digit is right. Other digit runs are left as they are.
// The audit log writers call this on every free text they store.
QString maskMyNumbers(const QString &text);

} // namespace kikan::identity
