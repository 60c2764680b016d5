// Money and Rate (see money.h for the rounding rules and their source).
#include "shared/core/money.h"

#include "shared/core/dateinput.h"

#include <QRegularExpression>

namespace kikan::core {
namespace {

QString grouped(qint64 yen)
{
    const QString digits = QString::number(yen < 0 ? -yen : yen);
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.append(u',');
        out.append(digits.at(i));
    }
    return out;
}

} // namespace

Result<Rate> Rate::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+)(?:\\.([0-9]{1,9}))?(%)?$"));
    const QString s = compactAscii(text).replace(u'％', u'%');
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch() || m.captured(1).size() > 9) {
        return Error{err::RateFormat,
                     QStringLiteral("率「%1」が読めません（例: 0.06、8.7%）").arg(text)};
    }
    qint64 den = 1;
    for (qsizetype i = 0; i < m.captured(2).size(); ++i)
        den *= 10;
    qint64 num = m.captured(1).toLongLong() * den + m.captured(2).toLongLong();
    if (m.hasCaptured(3) && !m.captured(3).isEmpty())
        den *= 100;
    return Rate(num, den);
}

Rate Rate::fraction(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    return Rate(numerator, denominator);
}

Result<Money> Money::parse(const QString &text)
{
    QString s = compactAscii(text);
    if (s.isEmpty())
        return Error{err::MoneyEmpty, QStringLiteral("金額が入力されていません")};
    static const QRegularExpression re(QStringLiteral(
        "^([-△▲])?[¥￥\\\\]?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)円?$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch()) {
        return Error{err::MoneyFormat,
                     QStringLiteral("金額「%1」が読めません（例: 1,234円、￥1,234）").arg(text)};
    }
    bool ok = false;
    const qint64 yen = m.captured(2).remove(u',').toLongLong(&ok);
    if (!ok || yen > 999'999'999'999'999LL)
        return Error{err::MoneyOverflow, QStringLiteral("金額「%1」が大きすぎます").arg(text)};
    return Money(m.captured(1).isEmpty() ? yen : -yen);
}

Money Money::times(const Rate &rate, Rounding rounding) const
{
    const __int128 product = __int128(m_yen) * rate.numerator();
    const __int128 den = rate.denominator();
    __int128 q = product / den; // truncates toward zero
    const __int128 r = product % den;
    const int sign = product < 0 ? -1 : 1;
    if (r != 0) {
        const __int128 twice = (r < 0 ? -r : r) * 2;
        if (rounding == Rounding::Up || (rounding == Rounding::HalfUp && twice >= den))
            q += sign;
    }
    return Money(qint64(q));
}

Money Money::roundedDownTo(qint64 unit) const
{
    Q_ASSERT(unit > 0);
    return Money(m_yen / unit * unit);
}

QString Money::toString() const
{
    return (m_yen < 0 ? QStringLiteral("-") : QString()) + grouped(m_yen) + u'円';
}

QString Money::toYenSignString() const
{
    return (m_yen < 0 ? QStringLiteral("-") : QString()) + u'￥' + grouped(m_yen);
}

} // namespace kikan::core
