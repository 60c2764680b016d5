// The verification code's text form and the bytes it signs (verificationcode.h).
#include "verificationcode.h"

#include <QRegularExpression>
#include <QStringList>

namespace kikan::verification {

namespace {
const QLatin1String kPrefix("KV1");
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool matches(const char *pattern, const QString &text)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}

core::Error malformed(const QString &what)
{
    return {QString::fromLatin1(err::CodeMalformed),
            QStringLiteral("検証コードを読み取れません（%1）。").arg(what)};
}

QByteArray fromBase64(const QString &text, bool *ok)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                        kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(decoded);
    return decoded.decoded;
}
} // namespace

QByteArray SignedFacts::message() const
{
    return QStringLiteral("kikan-certificate-v1\n%1\n%2\n%3\n%4\n%5\n")
        .arg(serial, kind, issueDate.toString(Qt::ISODate),
             QString::fromLatin1(contentHash.toHex()), keyId)
        .toUtf8();
}

bool SignedFacts::isWellFormed() const
{
    return matches("^[0-9A-Za-z-]{1,32}$", serial) && matches("^[a-z0-9_]{1,40}$", kind)
           && issueDate.isValid() && contentHash.size() == 32
           && matches("^[0-9a-f]{16}$", keyId);
}

QString VerificationCode::toText() const
{
    return QStringList{kPrefix, facts.serial, facts.kind,
                       facts.issueDate.toString(QStringLiteral("yyyyMMdd")),
                       QString::fromLatin1(facts.contentHash.toBase64(kBase64)), facts.keyId,
                       QString::fromLatin1(signature.toBase64(kBase64))}
        .join(QLatin1Char('.'));
}

core::Result<VerificationCode> VerificationCode::fromText(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 7 || parts[0] != kPrefix)
        return malformed(QStringLiteral("形式が違います"));
    VerificationCode code;
    SignedFacts &f = code.facts;
    f.serial = parts[1];
    f.kind = parts[2];
    f.issueDate = QDate::fromString(parts[3], QStringLiteral("yyyyMMdd"));
    bool hashOk = false;
    bool signatureOk = false;
    f.contentHash = fromBase64(parts[4], &hashOk);
    f.keyId = parts[5];
    code.signature = fromBase64(parts[6], &signatureOk);
    if (!hashOk || !f.isWellFormed())
        return malformed(QStringLiteral("発行番号・種類・発行日・ハッシュ・鍵のいずれかが不正です"));
    if (!signatureOk || code.signature.size() != 64)
        return malformed(QStringLiteral("署名が不正です"));
    return code;
}

} // namespace kikan::verification
