// The コンビニ収納 barcode (conveniencebarcode.h; REVENUE.md, GS1 Japan 標準料金代理収納
// ガイドライン).
#include "conveniencebarcode.h"

#include "shared/api/revenue/errors.h"

namespace kikan::revenue {

namespace {

bool allAsciiDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

core::Error fieldError(const QString &message)
{
    return {QString::fromLatin1(api::err::RevenueBarcodeField), message};
}

QString digits(qint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

int convenienceCheckDigit(QStringView digits)
{
    if (digits.size() != kConvenienceBarcodeDigits - 1 || !allAsciiDigits(digits))
        return -1;
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const int d = digits.at(digits.size() - 1 - i).unicode() - '0';
        sum += (i % 2 == 0) ? d * 3 : d;
    }
    return (10 - sum % 10) % 10;
}

core::Result<QString> buildConvenienceBarcode(const ConvenienceBarcode &b)
{
    if (b.companyCode.size() != 6 || !allAsciiDigits(b.companyCode))
        return fieldError(QStringLiteral("請求書発行企業コードは6桁の数字です。"));
    if (b.freeField.size() != 21 || !allAsciiDigits(b.freeField))
        return fieldError(QStringLiteral("バーコードの任意使用欄は21桁の数字です。"));
    if (b.reissue < 0 || b.reissue > 9)
        return fieldError(QStringLiteral("再発行区分は0から9です。"));
    if (b.stampFlag < 0 || b.stampFlag > 9)
        return fieldError(QStringLiteral("印紙フラグは0から9です。"));
    if (b.amount.yen() < 0 || b.amount.yen() > 999999)
        return fieldError(QStringLiteral("コンビニ収納の金額は0円から999,999円です。"));
    if (b.payBy.isValid() && (b.payBy.year() < 2000 || b.payBy.year() > 2099))
        return fieldError(QStringLiteral("支払期限は2000年から2099年の日付です。"));
    const QString payBy = b.payBy.isValid() ? b.payBy.toString(QStringLiteral("yyMMdd"))
                                            : QStringLiteral("999999");
    const QString body = QStringLiteral("91") + b.companyCode + b.freeField
                         + QString::number(b.reissue) + payBy + QString::number(b.stampFlag)
                         + digits(b.amount.yen(), 6);
    return body + QString::number(convenienceCheckDigit(body));
}

core::Result<ConvenienceBarcode> parseConvenienceBarcode(const QString &text)
{
    QString s = text.trimmed();
    if (s.startsWith(QLatin1String("EAN")))
        s = s.mid(3);
    if (s.startsWith(QLatin1String("(91)")))
        s = QStringLiteral("91") + s.mid(4);
    if (!allAsciiDigits(s))
        return core::Error{QString::fromLatin1(api::err::RevenueBarcodeDigits),
                           QStringLiteral("バーコードに数字以外の文字があります。")};
    if (s.size() != kConvenienceBarcodeDigits)
        return core::Error{QString::fromLatin1(api::err::RevenueBarcodeLength),
                           QStringLiteral("バーコードは44桁です（%1桁あります）。").arg(s.size())};
    if (!s.startsWith(QLatin1String("91")))
        return fieldError(QStringLiteral("コンビニ収納のバーコード（AI 91）ではありません。"));
    if (convenienceCheckDigit(QStringView(s).left(43)) != s.at(43).unicode() - '0')
        return core::Error{QString::fromLatin1(api::err::RevenueBarcodeCheckDigit),
                           QStringLiteral("バーコードのチェックデジットが合いません。")};
    ConvenienceBarcode b;
    b.companyCode = s.mid(2, 6);
    b.freeField = s.mid(8, 21);
    b.reissue = s.at(29).unicode() - '0';
    const QString payBy = s.mid(30, 6);
    if (payBy != QLatin1String("999999")) {
        b.payBy = QDate::fromString(QStringLiteral("20") + payBy, QStringLiteral("yyyyMMdd"));
        if (!b.payBy.isValid())
            return fieldError(QStringLiteral("バーコードの支払期限（%1）は日付ではありません。")
                                  .arg(payBy));
    }
    b.stampFlag = s.at(36).unicode() - '0';
    b.amount = core::Money::ofYen(s.mid(37, 6).toLongLong());
    return b;
}

} // namespace kikan::revenue
