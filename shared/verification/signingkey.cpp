// ECDSA P-256 keys, signatures and their check (signingkey.h), with OpenSSL 3's EVP interface. The
// signature travels as r‖s (64 bytes, as in JWS ES256) to keep the QR small; OpenSSL speaks DER, so
// it is converted both ways here.
#include "signingkey.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace kikan::verification {

struct SigningKey::Key {
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace {
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
using MdContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
using EcdsaSig = std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool isP256(EVP_PKEY *pkey)
{
    char group[64] = {};
    size_t length = 0;
    return pkey && EVP_PKEY_is_a(pkey, "EC")
           && EVP_PKEY_get_utf8_string_param(pkey, "group", group, sizeof group, &length) == 1
           && QByteArray(group) == "prime256v1";
}

QString keyIdOf(EVP_PKEY *pkey)
{
    unsigned char *der = nullptr;
    const int size = i2d_PUBKEY(pkey, &der);
    if (size <= 0)
        return {};
    const QByteArray hash = QCryptographicHash::hash(
        QByteArray(reinterpret_cast<const char *>(der), size), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return QString::fromLatin1(hash.toHex().left(16));
}

QByteArray publicPemOf(EVP_PKEY *pkey)
{
    Bio bio(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_PUBKEY(bio.get(), pkey);
    return bioBytes(bio.get());
}

// DER ECDSA-Sig-Value → r‖s (each 32 bytes, left-padded).
QByteArray rawSignature(const unsigned char *der, size_t size)
{
    const unsigned char *p = der;
    EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &p, long(size)), ECDSA_SIG_free);
    if (!sig)
        return {};
    QByteArray raw(64, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), out, 32) != 32
        || BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), out + 32, 32) != 32)
        return {};
    return raw;
}

// r‖s → DER; empty when it is not 64 bytes.
QByteArray derSignature(const QByteArray &raw)
{
    if (raw.size() != 64)
        return {};
    const auto *in = reinterpret_cast<const unsigned char *>(raw.constData());
    EcdsaSig sig(ECDSA_SIG_new(), ECDSA_SIG_free);
    BIGNUM *r = BN_bin2bn(in, 32, nullptr);
    BIGNUM *s = BN_bin2bn(in + 32, 32, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    unsigned char *der = nullptr;
    const int size = i2d_ECDSA_SIG(sig.get(), &der);
    if (size <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return out;
}

core::Error keyInvalid()
{
    return {QString::fromLatin1(err::KeyInvalid),
            QStringLiteral("証明書の署名鍵を読み取れません（P-256 の秘密鍵ではありません）。")};
}
} // namespace

SigningKey::SigningKey(std::shared_ptr<Key> key) : m_key(std::move(key)), m_keyId(keyIdOf(m_key->pkey)) {}

core::Result<SigningKey> SigningKey::generate()
{
    auto key = std::make_shared<Key>();
    key->pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!key->pkey) {
        return core::Error{QString::fromLatin1(err::SignFailed),
                           QStringLiteral("署名鍵を作れませんでした。")};
    }
    return SigningKey(std::move(key));
}

core::Result<SigningKey> SigningKey::fromPrivatePem(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
    auto key = std::make_shared<Key>();
    key->pkey = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (!isP256(key->pkey))
        return keyInvalid();
    return SigningKey(std::move(key));
}

QByteArray SigningKey::privatePem() const
{
    Bio bio(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_PrivateKey(bio.get(), m_key->pkey, nullptr, nullptr, 0, nullptr, nullptr);
    return bioBytes(bio.get());
}

QByteArray SigningKey::publicPem() const
{
    return publicPemOf(m_key->pkey);
}

core::Result<QByteArray> SigningKey::sign(const QByteArray &message) const
{
    MdContext ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t size = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(message.constData());
    QByteArray der;
    if (ctx && EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
        && EVP_DigestSign(ctx.get(), nullptr, &size, data, size_t(message.size())) == 1) {
        der.resize(qsizetype(size));
        auto *out = reinterpret_cast<unsigned char *>(der.data());
        if (EVP_DigestSign(ctx.get(), out, &size, data, size_t(message.size())) == 1) {
            const QByteArray raw = rawSignature(out, size);
            if (!raw.isEmpty())
                return raw;
        }
    }
    return core::Error{QString::fromLatin1(err::SignFailed),
                       QStringLiteral("証明書に署名できませんでした。")};
}

QString publicKeyId(const QByteArray &publicPem)
{
    Bio bio(BIO_new_mem_buf(publicPem.constData(), int(publicPem.size())), BIO_free);
    EVP_PKEY *pkey = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    const QString id = isP256(pkey) ? keyIdOf(pkey) : QString();
    EVP_PKEY_free(pkey);
    return id;
}

bool verifySignature(const QByteArray &publicPem, const QByteArray &message,
                     const QByteArray &signature)
{
    const QByteArray der = derSignature(signature);
    Bio bio(BIO_new_mem_buf(publicPem.constData(), int(publicPem.size())), BIO_free);
    EVP_PKEY *pkey = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    MdContext ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    const bool ok = !der.isEmpty() && isP256(pkey) && ctx
                    && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, pkey) == 1
                    && EVP_DigestVerify(ctx.get(),
                                        reinterpret_cast<const unsigned char *>(der.constData()),
                                        size_t(der.size()),
                                        reinterpret_cast<const unsigned char *>(message.constData()),
                                        size_t(message.size()))
                           == 1;
    EVP_PKEY_free(pkey);
    return ok;
}

} // namespace kikan::verification
