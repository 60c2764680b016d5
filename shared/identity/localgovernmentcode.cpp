// 全国地方公共団体コード (see localgovernmentcode.h for the rule and its source).
#include "shared/identity/localgovernmentcode.h"

#include "shared/core/digits.h"
#include "shared/identity/digitinput.h"

namespace kikan::identity {
namespace {

const QString kLabel = QStringLiteral("地方公共団体コード");

} // namespace

int LocalGovernmentCode::checkDigit(QStringView base)
{
    if (base.size() != 5 || !core::isAsciiDigits(base))
        return -1;
    int sum = 0;
    for (int i = 0; i < 5; ++i)
        sum += core::digitValue(base.at(i)) * (6 - i);
    return (11 - sum % 11) % 10;
}

core::Result<LocalGovernmentCode> LocalGovernmentCode::parse(const QString &text)
{
    const core::Result<QString> digits = readDigits(text, 6, kLabel);
    if (!digits)
        return digits.error();
    if (checkDigit(QStringView(*digits).left(5)) != core::digitValue(digits->at(5)))
        return checkDigitError(kLabel);
    return LocalGovernmentCode(*digits);
}

core::Result<LocalGovernmentCode> LocalGovernmentCode::fromFiveDigits(const QString &text)
{
    const core::Result<QString> digits = readDigits(text, 5, kLabel);
    if (!digits)
        return digits.error();
    return LocalGovernmentCode(*digits + QString::number(checkDigit(*digits)));
}

} // namespace kikan::identity
