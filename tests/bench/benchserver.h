// Talking to an in-process kikan-server (tests/support/testserver.h) from a benchmark: one
// keep-alive HTTPS connection verified against the server's test CA, so that a timed request
// costs what a counter terminal's next request costs (no TLS handshake per request).
#pragma once

#include "tests/support/testserver.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace Poco::Net {
class HTTPSClientSession;
}

namespace kikan::bench {

class KeepAliveHttps
{
public:
    KeepAliveHttps(int port, const QString &caFile);
    ~KeepAliveHttps();
    KeepAliveHttps(const KeepAliveHttps &) = delete;
    KeepAliveHttps &operator=(const KeepAliveHttps &) = delete;

    // status 0 and the error text as body when the connection failed (it is reset then).
    test::HttpReply request(const std::string &method, const QString &path,
                            const QByteArray &body, const QString &token);
    test::HttpReply post(const QString &path, const QJsonObject &body, const QString &token);

private:
    std::unique_ptr<Poco::Net::HTTPSClientSession> m_session;
};

} // namespace kikan::bench
