// The HTTPS listener: POCO HTTPServer on a TLS 1.2+ socket, handing every request to the Dispatcher.
// Enforces the request body size and socket time limits; stops gracefully (in-flight requests finish).
#pragma once

#include "dispatcher.h"

#include <QString>

#include <memory>

namespace Poco::Net {
class HTTPServer;
}
namespace Poco {
class ThreadPool;
}

namespace kikan::http {

struct ListenConfig {
    QString host = QStringLiteral("127.0.0.1");
    int port = 8443;                     // 0: any free port (tests)
    // Worker threads. POCO keeps a thread on a kept-alive connection until it idles out, so this
    // must exceed the number of counter terminals (50 in the first town), not just the load.
    int threads = 64;
    int queue = 100;                     // accepted connections waiting for a worker
    qint64 maxBodyBytes = 1024 * 1024;   // larger bodies get 413 request.too_large
    int requestTimeoutSeconds = 30;      // socket receive/send timeout
    int keepAliveSeconds = 15;
    QString certificateFile;             // PEM server certificate (chain)
    QString privateKeyFile;              // PEM private key
};

class HttpsServer
{
public:
    HttpsServer(ListenConfig config, const Dispatcher &dispatcher);
    ~HttpsServer();

    // Starts listening; throws std::runtime_error with a Japanese message when it cannot.
    void start();
    // The port actually bound (useful with port 0).
    int port() const { return m_port; }
    // Stops accepting, lets in-flight requests finish (up to graceSeconds), then returns.
    void stop(int graceSeconds = 30);

private:
    ListenConfig m_config;
    const Dispatcher &m_dispatcher;
    std::unique_ptr<Poco::ThreadPool> m_pool;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    int m_port = 0;
};

// Calls Poco::Net::initializeSSL once per process.
void initializeTls();

} // namespace kikan::http
