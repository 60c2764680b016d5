#include "tlscontext.h"

#include <Poco/Exception.h>

#include <QFileInfo>

#include <openssl/ssl.h>

#include <stdexcept>

namespace kikan::http {

Poco::Net::Context::Ptr makeServerTlsContext(const QString &certificateFile,
                                             const QString &privateKeyFile)
{
    for (const QString &f : {certificateFile, privateKeyFile}) {
        if (!QFileInfo(f).isReadable()) {
            throw std::runtime_error(
                QStringLiteral("TLS の証明書または鍵のファイルを読めません: %1").arg(f).toStdString());
        }
    }
    Poco::Net::Context::Params params;
    params.certificateFile = certificateFile.toStdString();
    params.privateKeyFile = privateKeyFile.toStdString();
    params.verificationMode = Poco::Net::Context::VERIFY_NONE; // staff authenticate in the API
    params.loadDefaultCAs = false;
    params.cipherList = kTls12Ciphers;
    params.ecdhCurve = "prime256v1";
    Poco::Net::Context::Ptr context;
    try {
        context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, params);
    } catch (const Poco::Exception &e) {
        throw std::runtime_error("TLS の設定に失敗しました: " + e.displayText());
    }
    context->disableProtocols(Poco::Net::Context::PROTO_SSLV2 | Poco::Net::Context::PROTO_SSLV3
                              | Poco::Net::Context::PROTO_TLSV1
                              | Poco::Net::Context::PROTO_TLSV1_1);
    SSL_CTX_set_min_proto_version(context->sslContext(), TLS1_2_VERSION);
    context->preferServerCiphers();
    context->enableSessionCache(true, "kikan");
    return context;
}

} // namespace kikan::http
