// Reading fixed-length identification numbers (see digitinput.h).
#include "shared/identity/digitinput.h"

#include "shared/core/digits.h"

namespace kikan::identity {
namespace {

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case 0x3000: // 全角スペース
    case u'-':
    case 0xFF0D: // －
    case 0x2010: // ‐
    case 0x2212: // −
        return true;
    default:
        return false;
    }
}

} // namespace

core::Result<QString> readDigits(const QString &text, int length, const QString &label)
{
    const QString normal = core::asciiDigits(text.trimmed());
    QString digits;
    for (qsizetype i = 0; i < normal.size(); ++i) {
        const QChar c = normal.at(i);
        if (isSeparator(c))
            continue;
        if (c < u'0' || c > u'9') {
            return core::Error{err::NotDigits,
                               QStringLiteral("%1に数字以外の文字「%2」があります（%3文字目）")
                                   .arg(label, QString(c))
                                   .arg(i + 1)};
        }
        digits.append(c);
    }
    if (digits.isEmpty())
        return core::Error{err::Empty, QStringLiteral("%1が入力されていません").arg(label)};
    if (digits.size() != length) {
        return core::Error{err::WrongLength, QStringLiteral("%1は%2桁です（入力は%3桁）")
                                                 .arg(label)
                                                 .arg(length)
                                                 .arg(digits.size())};
    }
    return digits;
}

core::Error checkDigitError(const QString &label)
{
    return core::Error{err::CheckDigit,
                       QStringLiteral("%1の検査用数字が正しくありません。番号を確認してください")
                           .arg(label)};
}

core::Result<QString> readCheckedDigits(const QString &text, int length, qsizetype checkAt,
                                        int (*checkDigit)(QStringView), const QString &label)
{
    const core::Result<QString> digits = readDigits(text, length, label);
    if (!digits)
        return digits.error();
    QString base = *digits;
    base.remove(checkAt, 1);
    if (checkDigit(base) != core::digitValue(digits->at(checkAt)))
        return checkDigitError(label);
    return digits;
}

int weightedDigitSum(QStringView base, int length, int (*weight)(int n))
{
    if (base.size() != length || !core::isAsciiDigits(base))
        return -1;
    int sum = 0;
    for (int n = 1; n <= length; ++n)
        sum += core::digitValue(base.at(length - n)) * weight(n);
    return sum;
}

} // namespace kikan::identity
