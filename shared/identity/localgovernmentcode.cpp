// 全国地方公共団体コード (see localgovernmentcode.h for the rule and its source).
#include "shared/identity/localgovernmentcode.h"

#include "shared/identity/digitinput.h"

namespace kikan::identity {
namespace {

const QString kLabel = QStringLiteral("地方公共団体コード");

} // namespace

int LocalGovernmentCode::checkDigit(QStringView base)
{
    // Weights 6, 5, 4, 3, 2 from the left: n + 1 numbered from the right.
    const int sum = weightedDigitSum(base, 5, [](int n) { return n + 1; });
    return sum < 0 ? -1 : (11 - sum % 11) % 10;
}

core::Result<LocalGovernmentCode> LocalGovernmentCode::parse(const QString &text)
{
    const core::Result<QString> digits = readCheckedDigits(text, 6, 5, &checkDigit, kLabel);
    if (!digits)
        return digits.error();
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
