#include "httpsserver.h"

#include "connectionguard.h"
#include "shared/api/errorcode.h"
#include "tlscontext.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerConnection.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/TCPServerConnectionFactory.h>
#include <Poco/Net/TCPServerDispatcher.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>

#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <mutex>

namespace kikan::http {

namespace {

QString newRequestId()
{
    const quint64 a = QRandomGenerator::system()->generate64();
    return QString::number(a, 16).rightJustified(16, QLatin1Char('0'));
}

// Reads at most limit+1 bytes so that an oversized body is detected without buffering it all.
QByteArray readBody(std::istream &in, qint64 limit, bool *tooLarge)
{
    QByteArray body;
    char chunk[16384];
    while (in) {
        in.read(chunk, sizeof chunk);
        const std::streamsize n = in.gcount();
        if (n <= 0)
            break;
        body.append(chunk, qsizetype(n));
        if (body.size() > limit) {
            *tooLarge = true;
            return {};
        }
    }
    return body;
}

// The client's address: the peer's, or behind a trusted proxy (HAProxy, `option forwardfor`) the
// right-most X-Forwarded-For entry that is not itself a trusted proxy (the left ones are the
// client's own claim and are not believed).
QString clientAddressOf(const Poco::Net::HTTPServerRequest &in, const QStringList &trusted)
{
    QString address = QString::fromStdString(in.clientAddress().host().toString());
    if (!trusted.contains(address) || !in.has("X-Forwarded-For"))
        return address;
    const QStringList hops = QString::fromStdString(in.get("X-Forwarded-For")).split(u',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        address = it->trimmed();
        if (!trusted.contains(address))
            break;
    }
    return address;
}

class ApiRequestHandler : public Poco::Net::HTTPRequestHandler
{
public:
    ApiRequestHandler(const Dispatcher &dispatcher, qint64 maxBody, int idleSeconds,
                      const QStringList &trustedProxies)
        : m_dispatcher(dispatcher), m_maxBody(maxBody), m_idleSeconds(idleSeconds),
          m_trustedProxies(trustedProxies)
    {
    }

    void handleRequest(Poco::Net::HTTPServerRequest &in, Poco::Net::HTTPServerResponse &out) override
    {
        ConnectionGuard::Lease *lease = ConnectionGuard::current();
        if (lease)
            lease->handling();
        handle(in, out);
        if (lease) // until the next request's headers are in (connectionguard.h)
            lease->expireIn(m_idleSeconds);
    }

private:
    void handle(Poco::Net::HTTPServerRequest &in, Poco::Net::HTTPServerResponse &out)
    {
        Request request;
        request.method = QString::fromStdString(in.getMethod());
        request.requestId = newRequestId();
        request.clientAddress = clientAddressOf(in, m_trustedProxies);
        Response response;
        try {
            const Poco::URI uri(in.getURI());
            request.path = QString::fromStdString(uri.getPath());
            request.query = QUrlQuery(QString::fromStdString(uri.getRawQuery()));
            for (const auto &[name, value] : in) {
                request.headers.insert(QByteArray::fromStdString(Poco::toLower(name)),
                                       QByteArray::fromStdString(value));
            }
            const qint64 limit = !in.hasContentLength() || in.getContentLength64() > m_maxBody
                                     ? m_dispatcher.bodyLimit(request, m_maxBody)
                                     : m_maxBody;
            bool tooLarge = in.hasContentLength() && in.getContentLength64() > limit;
            if (!tooLarge)
                request.body = readBody(in.stream(), limit, &tooLarge);
            response = tooLarge ? m_dispatcher.refuse(request, ApiError(api::err::BodyTooLarge))
                                : m_dispatcher.dispatch(request);
            if (tooLarge)
                out.setKeepAlive(false); // the unread body must not be parsed as the next request
        } catch (const Poco::TimeoutException &) {
            response = m_dispatcher.refuse(request, ApiError(api::err::Timeout));
            out.setKeepAlive(false);
        } catch (const Poco::Exception &e) {
            response = m_dispatcher.refuse(
                request, ApiError(api::err::BadRequest, QString::fromStdString(e.displayText())));
            out.setKeepAlive(false);
        }
        send(response, request, out);
    }

    static void send(const Response &response, const Request &request,
                     Poco::Net::HTTPServerResponse &out)
    {
        out.setStatus(Poco::Net::HTTPResponse::HTTPStatus(response.status));
        if (!response.contentType.isEmpty())
            out.setContentType(response.contentType.toStdString());
        out.set("Cache-Control", "no-store");
        out.set("X-Content-Type-Options", "nosniff");
        out.set("Strict-Transport-Security", "max-age=31536000");
        out.set("X-Request-Id", request.requestId.toStdString());
        for (const auto &[name, value] : response.headers)
            out.set(name.toStdString(), value.toStdString());
        out.setContentLength64(response.body.size());
        if (response.body.isEmpty()) {
            out.send();
        } else {
            out.sendBuffer(response.body.constData(), size_t(response.body.size()));
        }
    }

    const Dispatcher &m_dispatcher;
    qint64 m_maxBody;
    int m_idleSeconds;
    const QStringList &m_trustedProxies;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Factory(const Dispatcher &dispatcher, qint64 maxBody, int idleSeconds,
            const QStringList &trustedProxies)
        : m_dispatcher(dispatcher), m_max(maxBody), m_idle(idleSeconds), m_trusted(trustedProxies)
    {
    }
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &) override
    {
        return new ApiRequestHandler(m_dispatcher, m_max, m_idle, m_trusted);
    }
    // Kept-alive connections close after their current request (as HTTPServer::stopAll(false)).
    void stop() { serverStopped.notify(this, false); }

private:
    const Dispatcher &m_dispatcher;
    qint64 m_max;
    int m_idle;
    const QStringList &m_trusted;
};

// A connection the gate handed over: the TLS handshake and the HTTP session, under the lease.
class GuardedConnection : public Poco::Net::TCPServerConnection
{
public:
    GuardedConnection(const Poco::Net::StreamSocket &socket, ConnectionGuard &guard,
                      Poco::Net::Context::Ptr context, Poco::Net::HTTPServerParams::Ptr params,
                      Poco::Net::HTTPRequestHandlerFactory::Ptr handlers)
        : TCPServerConnection(socket), m_guard(guard), m_context(std::move(context)),
          m_params(std::move(params)), m_handlers(std::move(handlers))
    {
    }
    void run() override
    {
        ConnectionGuard::Lease lease(m_guard, socket());
        try {
            const Poco::Timespan handshake(m_guard.limits().handshakeSeconds, 0);
            socket().setReceiveTimeout(handshake);
            socket().setSendTimeout(handshake);
            Poco::Net::SecureStreamSocket tls =
                Poco::Net::SecureStreamSocket::attach(socket(), m_context);
            if (tls.completeHandshake() != 1)
                return;
            Poco::Net::HTTPServerConnection http(tls, m_params, m_handlers);
            http.run();
        } catch (const Poco::Exception &) {
            // a failed handshake or a passed deadline: the connection just closes
        } catch (const std::exception &) {
        }
    }

private:
    ConnectionGuard &m_guard;
    Poco::Net::Context::Ptr m_context;
    Poco::Net::HTTPServerParams::Ptr m_params;
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_handlers;
};

class ConnectionFactory : public Poco::Net::TCPServerConnectionFactory
{
public:
    ConnectionFactory(ConnectionGuard *&guard, Poco::Net::Context::Ptr context,
                      Poco::Net::HTTPServerParams::Ptr params, Poco::Net::HTTPRequestHandlerFactory::Ptr handlers)
        : m_guard(guard), m_context(std::move(context)), m_params(std::move(params)),
          m_handlers(std::move(handlers))
    {
    }
    Poco::Net::TCPServerConnection *createConnection(const Poco::Net::StreamSocket &socket) override
    {
        return new GuardedConnection(socket, *m_guard, m_context, m_params, m_handlers);
    }

private:
    ConnectionGuard *&m_guard;
    Poco::Net::Context::Ptr m_context;
    Poco::Net::HTTPServerParams::Ptr m_params;
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_handlers;
};

} // namespace

void initializeTls()
{
    static std::once_flag once;
    std::call_once(once, [] { Poco::Net::initializeSSL(); });
}

HttpsServer::HttpsServer(ListenConfig config, const Dispatcher &dispatcher)
    : m_config(std::move(config)), m_dispatcher(dispatcher)
{
}

HttpsServer::~HttpsServer()
{
    if (m_guard)
        stop(5);
}

void HttpsServer::start()
{
    initializeTls();
    Poco::Net::Context::Ptr context =
        makeServerTlsContext(m_config.certificateFile, m_config.privateKeyFile);
    Poco::Net::ServerSocket socket = listen();
    m_port = socket.address().port();

    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(m_config.threads);
    params->setMaxQueued(m_config.queue);
    params->setTimeout(Poco::Timespan(m_config.requestTimeoutSeconds, 0));
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(m_config.keepAliveSeconds, 0));
    params->setServerName("kikan");
    params->setSoftwareVersion("kikan");

    GuardLimits limits;
    limits.handshakeSeconds = m_config.handshakeTimeoutSeconds;
    limits.idleSeconds = m_config.keepAliveSeconds + m_config.handshakeTimeoutSeconds;
    limits.connectionsPerAddress = m_config.maxConnectionsPerAddress;
    limits.workersPerAddress = m_config.maxWorkersPerAddress;
    for (const QString &proxy : m_config.trustedProxies)
        limits.uncapped.push_back(proxy.toStdString());
    m_handlers = new Factory(m_dispatcher, m_config.maxBodyBytes, limits.idleSeconds,
                             m_config.trustedProxies);
    m_pool = std::make_unique<Poco::ThreadPool>(2, m_config.threads + 1, 60);
    m_workers = new Poco::Net::TCPServerDispatcher(
        new ConnectionFactory(m_guardRef, context, params, m_handlers), *m_pool, params);
    const int maxQueued = m_config.queue;
    m_guard = std::make_unique<ConnectionGuard>(
        socket, limits, [this, maxQueued](const Poco::Net::StreamSocket &ready) {
            if (m_workers->queuedConnections() >= maxQueued)
                return false;
            m_workers->enqueue(ready);
            return true;
        });
    m_guardRef = m_guard.get();
    m_guard->start();
}

// Bound without SO_REUSEPORT (POCO's address constructor sets it): a second server on the same
// port fails here instead of silently sharing the connections.
Poco::Net::ServerSocket HttpsServer::listen() const
{
    Poco::Net::ServerSocket socket;
    try {
        socket.bind(
            Poco::Net::SocketAddress(m_config.host.toStdString(), Poco::UInt16(m_config.port)),
            true, false);
        // The kernel's accept backlog: generous, the gate accepts at once and sheds by itself; a
        // full backlog drops SYNs, which costs a client a 1 s retransmission.
        socket.listen(std::max(m_config.queue, 1024));
    } catch (const Poco::Exception &e) {
        throw std::runtime_error(QStringLiteral("%1:%2 で待ち受けられません（別のプログラムが使用中"
                                                "かもしれません）: %3")
                                     .arg(m_config.host)
                                     .arg(m_config.port)
                                     .arg(QString::fromStdString(e.displayText()))
                                     .toStdString());
    }
    return socket;
}

void HttpsServer::stop(int graceSeconds)
{
    if (!m_guard)
        return;
    // Stop accepting and close idle keep-alive connections; requests being handled go on.
    m_guard->stop();
    static_cast<Factory *>(m_handlers.get())->stop();
    m_workers->stop();
    for (int waited = 0; waited < graceSeconds * 10 && m_workers->currentThreads() > 0; ++waited)
        QThread::msleep(100);
    m_pool->joinAll();
    m_workers = nullptr;
    m_guard.reset();
    m_guardRef = nullptr;
    m_pool.reset();
}

} // namespace kikan::http
