// The barcode's free field laid out by data (freefield.h).
#include "freefield.h"

#include "shared/api/revenue/errors.h"

#include <QJsonObject>

namespace kikan::revenue {

namespace {
constexpr int kFreeFieldDigits = 21;
} // namespace

core::Result<FreeFieldLayout> FreeFieldLayout::fromJson(const QJsonArray &parts)
{
    FreeFieldLayout layout;
    int total = 0;
    for (const QJsonValue &v : parts) {
        const QJsonObject o = v.toObject();
        FreeFieldPart part{o.value(QStringLiteral("name")).toString(),
                           o.value(QStringLiteral("digits")).toInt()};
        if (part.name.isEmpty() || part.digits <= 0)
            return core::Error{QString::fromLatin1(api::err::RevenueBarcodeLayout),
                               QStringLiteral("バーコードの任意使用欄の定義に、名前か桁数のない項目があります。")};
        total += part.digits;
        layout.m_parts.append(part);
    }
    if (total != kFreeFieldDigits)
        return core::Error{QString::fromLatin1(api::err::RevenueBarcodeLayout),
                           QStringLiteral("バーコードの任意使用欄の桁数の合計が21ではありません（%1桁）。")
                               .arg(total)};
    return layout;
}

core::Result<QString> FreeFieldLayout::compose(const QMap<QString, QString> &values) const
{
    QString out;
    for (const FreeFieldPart &p : m_parts) {
        const QString value = values.value(p.name);
        bool digitsOnly = true;
        for (QChar c : value)
            digitsOnly = digitsOnly && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!digitsOnly || value.size() > p.digits)
            return core::Error{QString::fromLatin1(api::err::RevenueBarcodeField),
                               QStringLiteral("バーコードの「%1」は%2桁までの数字です（%3）。")
                                   .arg(p.name).arg(p.digits).arg(value)};
        out += value.rightJustified(p.digits, QLatin1Char('0'));
    }
    return out;
}

QMap<QString, QString> FreeFieldLayout::split(const QString &freeField) const
{
    QMap<QString, QString> out;
    qsizetype at = 0;
    for (const FreeFieldPart &p : m_parts) {
        out.insert(p.name, freeField.mid(at, p.digits));
        at += p.digits;
    }
    return out;
}

QString normalizedNoticeNo(const QString &noticeNo)
{
    QString s = noticeNo.trimmed();
    qsizetype zeros = 0;
    while (zeros + 1 < s.size() && s.at(zeros) == QLatin1Char('0'))
        ++zeros;
    return s.mid(zeros);
}

} // namespace kikan::revenue
