// 個人番号 (see mynumber.h for the rules and their source).
#include "shared/identity/mynumber.h"

#include "shared/identity/digitinput.h"

#include <QDebug>
#include <QRegularExpression>

namespace kikan::identity {
namespace {

const QString kLabel = QStringLiteral("個人番号");

} // namespace

int MyNumber::checkDigit(QStringView base)
{
    const int sum = weightedDigitSum(base, 11, [](int n) { return n <= 6 ? n + 1 : n - 5; });
    if (sum < 0)
        return -1;
    const int r = sum % 11;
    return r <= 1 ? 0 : 11 - r;
}

core::Result<MyNumber> MyNumber::parse(const QString &text)
{
    const core::Result<QString> digits = readCheckedDigits(text, 12, 11, &checkDigit, kLabel);
    if (!digits)
        return digits.error();
    return MyNumber(*digits);
}

QString MyNumber::masked() const
{
    return QString(8, u'*') + m_digits.right(4);
}

QDebug operator<<(QDebug debug, const MyNumber &number)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "MyNumber(" << number.masked() << ')';
    return debug;
}

QString maskMyNumbers(const QString &text)
{
    static const QRegularExpression candidate(QStringLiteral(
        "(?<![0-9\\x{FF10}-\\x{FF19}])"
        "[0-9\\x{FF10}-\\x{FF19}]{4}[ \\-]?[0-9\\x{FF10}-\\x{FF19}]{4}[ \\-]?"
        "[0-9\\x{FF10}-\\x{FF19}]{4}"
        "(?![0-9\\x{FF10}-\\x{FF19}])"));
    QString out;
    qsizetype last = 0;
    auto it = candidate.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const core::Result<MyNumber> number = MyNumber::parse(m.captured());
        if (!number)
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += number->masked();
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace kikan::identity
