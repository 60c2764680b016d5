// The town CA check with libcrypto's X509_verify_cert (townca.h).
#include "townca.h"

#include <QHostAddress>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace kikan::client {

namespace {
struct X509Free {
    void operator()(X509 *x) const { X509_free(x); }
    void operator()(X509_STORE *s) const { X509_STORE_free(s); }
    void operator()(X509_STORE_CTX *c) const { X509_STORE_CTX_free(c); }
    void operator()(STACK_OF(X509) *s) const { sk_X509_pop_free(s, X509_free); }
};
template <typename T>
using Owned = std::unique_ptr<T, X509Free>;

Owned<X509> toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return Owned<X509>(d2i_X509(nullptr, &p, long(der.size())));
}
} // namespace

bool chainLeadsToTownCa(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &cas,
                        const QString &host)
{
    if (chain.isEmpty() || cas.isEmpty() || host.isEmpty())
        return false;
    Owned<X509_STORE> store(X509_STORE_new());
    for (const QSslCertificate &ca : cas) {
        Owned<X509> x = toX509(ca);
        if (!x || X509_STORE_add_cert(store.get(), x.get()) != 1)
            return false;
    }
    Owned<X509> leaf = toX509(chain.first());
    Owned<STACK_OF(X509)> untrusted(sk_X509_new_null());
    if (!leaf || !untrusted)
        return false;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        Owned<X509> x = toX509(chain.at(i));
        if (!x || sk_X509_push(untrusted.get(), x.get()) == 0)
            return false;
        x.release(); // the stack owns it now
    }
    Owned<X509_STORE_CTX> context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), untrusted.get()) != 1)
        return false;
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER);
    const QByteArray name = host.toUtf8();
    const bool named = QHostAddress(host).isNull()
        ? X509_VERIFY_PARAM_set1_host(param, name.constData(), size_t(name.size())) == 1
        : X509_VERIFY_PARAM_set1_ip_asc(param, name.constData()) == 1;
    return named && X509_verify_cert(context.get()) == 1;
}

} // namespace kikan::client
