// 法人番号 (corporate number): 13 digits, the FIRST a check digit over the 12-digit 基礎番号.
// Formula: 法人番号の指定等に関する省令 (平成26年財務省令第70号) 第2条, confirmed against published
// numbers (国税庁 7000012050002, 東京都 8000020130001, see tests).
#pragma once

#include "shared/core/error.h"

#include <QString>
#include <QStringView>

namespace kikan::identity {

class CorporateNumber {
public:
    // Errors: identity.empty, identity.not_digits, identity.wrong_length, identity.check_digit.
    static core::Result<CorporateNumber> parse(const QString &text);

    // The check digit (1..9) for a 12-digit 基礎番号, or -1 when `base` is not 12 ASCII digits.
    // Digits P_n numbered from the right (n = 1..12), Q_n = 1 for odd n, 2 for even n;
    // CD = 9 − (Σ P_n·Q_n mod 9).
    static int checkDigit(QStringView base);

    QString digits() const { return m_digits; }
    // The 12-digit 基礎番号 (for a registered company, its 会社法人等番号).
    QString base() const { return m_digits.mid(1); }

    friend bool operator==(const CorporateNumber &, const CorporateNumber &) = default;

private:
    explicit CorporateNumber(QString digits) : m_digits(std::move(digits)) {}
    QString m_digits;
};

} // namespace kikan::identity
