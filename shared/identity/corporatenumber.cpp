// 法人番号 (see corporatenumber.h for the rules and their source).
#include "shared/identity/corporatenumber.h"

#include "shared/core/digits.h"
#include "shared/identity/digitinput.h"

namespace kikan::identity {

int CorporateNumber::checkDigit(QStringView base)
{
    if (base.size() != 12 || !core::isAsciiDigits(base))
        return -1;
    int sum = 0;
    for (int n = 1; n <= 12; ++n)
        sum += core::digitValue(base.at(12 - n)) * (n % 2 == 1 ? 1 : 2);
    return 9 - sum % 9;
}

core::Result<CorporateNumber> CorporateNumber::parse(const QString &text)
{
    const QString label = QStringLiteral("法人番号");
    const core::Result<QString> digits = readDigits(text, 13, label);
    if (!digits)
        return digits.error();
    if (checkDigit(QStringView(*digits).mid(1)) != core::digitValue(digits->at(0)))
        return checkDigitError(label);
    return CorporateNumber(*digits);
}

} // namespace kikan::identity
