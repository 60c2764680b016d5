// PBKDF2 password/PIN hashing and session tokens (see secrethash.h for the rules followed).
#include "secrethash.h"

#include <QCryptographicHash>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <stdexcept>

namespace kikan::auth {

namespace {
constexpr char kScheme[] = "pbkdf2-sha256";
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
// An upper bound so that a tampered stored form cannot make one check take hours.
constexpr int kMaxIterations = 100000000;

QByteArray pbkdf2(const QString &secret, const QByteArray &salt, int iterations)
{
    const QByteArray utf8 = secret.normalized(QString::NormalizationForm_C).toUtf8();
    QByteArray out(kHashBytes, '\0');
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), kHashBytes,
                          reinterpret_cast<unsigned char *>(out.data())) != 1) {
        throw std::runtime_error("PKCS5_PBKDF2_HMAC failed");
    }
    return out;
}
} // namespace

QString hashSecret(const QString &secret, int iterations)
{
    iterations = qMax(iterations, kMinIterations);
    const QByteArray salt = randomBytes(kSaltBytes);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(QLatin1String(kScheme))
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(pbkdf2(secret, salt, iterations).toBase64()));
}

SecretCheck verifySecret(const QString &secret, const QString &stored)
{
    SecretCheck result;
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String(kScheme))
        return result;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < kMinIterations || iterations > kMaxIterations)
        return result;
    const auto strict = QByteArray::AbortOnBase64DecodingErrors;
    const auto salt = QByteArray::fromBase64Encoding(parts[2].toLatin1(), strict);
    const auto expected = QByteArray::fromBase64Encoding(parts[3].toLatin1(), strict);
    if (!salt || !expected || salt.decoded.size() < kSaltBytes
        || expected.decoded.size() != kHashBytes) {
        return result;
    }
    const QByteArray actual = pbkdf2(secret, salt.decoded, iterations);
    result.iterations = iterations;
    result.match = CRYPTO_memcmp(actual.constData(), expected.decoded.constData(),
                                 kHashBytes) == 0;
    return result;
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1)
        throw std::runtime_error("RAND_bytes failed");
    return out;
}

QString newSessionToken()
{
    return QString::fromLatin1(randomBytes(32).toBase64(QByteArray::Base64UrlEncoding
                                                        | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace kikan::auth
