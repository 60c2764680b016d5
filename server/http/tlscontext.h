// TLS settings of the server: TLS 1.2 and 1.3 only, forward-secret AEAD cipher suites.
#pragma once

#include <Poco/Net/Context.h>

#include <QString>

namespace kikan::http {

// Throws std::runtime_error (Japanese message) when the certificate or key cannot be loaded.
Poco::Net::Context::Ptr makeServerTlsContext(const QString &certificateFile,
                                             const QString &privateKeyFile);

// The OpenSSL cipher list for TLS 1.2 (TLS 1.3 suites are OpenSSL's defaults, all AEAD).
inline constexpr char kTls12Ciphers[] =
    "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256";

} // namespace kikan::http
