// The HTTPS listener: POCO's HTTP server connection on TLS 1.2+ sockets, handing every request to
// the Dispatcher. Connections pass a gate first (connectionguard.h: handshake and header deadlines,
// per-address caps) so slow or idle clients cannot hold the workers. Enforces the request body size
// and socket time limits; stops gracefully (in-flight requests finish).
#pragma once

#include "dispatcher.h"
#include "server/core/config.h"

#include <QString>

#include <memory>

#include <Poco/AutoPtr.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/TCPServerDispatcher.h>

namespace Poco {
class ThreadPool;
}

namespace kikan::http {

using ListenConfig = core::ListenConfig;
class ConnectionGuard;


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
    Poco::Net::ServerSocket listen() const;

    ListenConfig m_config;
    const Dispatcher &m_dispatcher;
    std::unique_ptr<Poco::ThreadPool> m_pool;
    Poco::SharedPtr<Poco::Net::HTTPRequestHandlerFactory> m_handlers;
    Poco::AutoPtr<Poco::Net::TCPServerDispatcher> m_workers;
    std::unique_ptr<ConnectionGuard> m_guard;
    ConnectionGuard *m_guardRef = nullptr; // what the workers' connections report to
    int m_port = 0;
};

// Calls Poco::Net::initializeSSL once per process.
void initializeTls();

} // namespace kikan::http
