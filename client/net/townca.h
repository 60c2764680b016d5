// The town's CA checked by the client itself: whether the chain a server presented leads to one of
// the pinned CA certificates and names the host, with OpenSSL's own verifier (libcrypto) rather
// than the TLS backend's. Needed on Windows, where Qt's Schannel backend does not honour
// QSslConfiguration::setCaCertificates (../shared/reference/WINDOWS.md): the connection's errors
// are ignored only when this check passes, so a wrong certificate is still refused
// (docs/windows.md "TLS").
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace kikan::client {

// chain: leaf first, as the server sent it; cas: the town's CA certificates; host: the DNS name or
// IP address the client connected to. Checks signatures, validity dates, the server-auth purpose
// and the name.
bool chainLeadsToTownCa(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &cas,
                        const QString &host);

} // namespace kikan::client
