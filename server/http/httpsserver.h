// The HTTPS listener: POCO HTTPServer on a TLS 1.2+ socket, handing every request to the Dispatcher.
// Enforces the request body size and socket time limits; stops gracefully (in-flight requests finish).
#pragma once

#include "dispatcher.h"
#include "server/core/config.h"

#include <QString>

#include <memory>

namespace Poco::Net {
class HTTPServer;
}
namespace Poco {
class ThreadPool;
}

namespace kikan::http {

using ListenConfig = core::ListenConfig;


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
