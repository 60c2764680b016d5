// 全国地方公共団体コード: 2-digit prefecture + 3-digit 市区町村 code + 1 check digit (JIS X 0402,
// 総務省). Weights 6,5,4,3,2 on the five digits; r = Σ mod 11; CD = last digit of 11 − r, so
// r = 0 gives 1 and r = 1 gives 0. Confirmed on published codes: 131041 新宿区 (r = 0),
// 131130 渋谷区 and 134210 小笠原村 (r = 1), 131016 千代田区, 011002 札幌市 (see tests).
#pragma once

#include "shared/core/error.h"

#include <QString>
#include <QStringView>

namespace kikan::identity {

class LocalGovernmentCode {
public:
    // Six digits with the check digit. Errors: identity.empty, identity.not_digits,
    // identity.wrong_length, identity.check_digit.
    static core::Result<LocalGovernmentCode> parse(const QString &text);
    // Five digits without the check digit (as statistics files give it); the check digit is
    // added. Errors: identity.empty, identity.not_digits, identity.wrong_length.
    static core::Result<LocalGovernmentCode> fromFiveDigits(const QString &text);

    // The check digit for five ASCII digits, or -1 when `base` is not five ASCII digits.
    static int checkDigit(QStringView base);

    QString code() const { return m_digits; }                   // 6 digits, e.g. "313718"
    QString fiveDigits() const { return m_digits.left(5); }     // e.g. "31371"
    QString prefectureCode() const { return m_digits.left(2); } // JIS X 0401, e.g. "31"

    friend bool operator==(const LocalGovernmentCode &, const LocalGovernmentCode &) = default;

private:
    explicit LocalGovernmentCode(QString digits) : m_digits(std::move(digits)) {}
    QString m_digits;
};

} // namespace kikan::identity
