// 法人番号 (see corporatenumber.h for the rules and their source).
#include "shared/identity/corporatenumber.h"

#include "shared/identity/digitinput.h"

namespace kikan::identity {

int CorporateNumber::checkDigit(QStringView base)
{
    const int sum = weightedDigitSum(base, 12, [](int n) { return n % 2 == 1 ? 1 : 2; });
    return sum < 0 ? -1 : 9 - sum % 9;
}

core::Result<CorporateNumber> CorporateNumber::parse(const QString &text)
{
    // The check digit comes first (省令 第2条).
    const core::Result<QString> digits =
        readCheckedDigits(text, 13, 0, &checkDigit, QStringLiteral("法人番号"));
    if (!digits)
        return digits.error();
    return CorporateNumber(*digits);
}

} // namespace kikan::identity
