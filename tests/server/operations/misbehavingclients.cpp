// Misbehaving connections for the slow-client test (misbehavingclients.h).
#include "misbehavingclients.h"

#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>

namespace kikan::test {

namespace {

// The first flight of a TLS client (a ClientHello), made by OpenSSL over memory BIOs.
QByteArray makeClientHello()
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *ssl = SSL_new(ctx);
    BIO *in = BIO_new(BIO_s_mem());
    BIO *out = BIO_new(BIO_s_mem());
    SSL_set_bio(ssl, in, out);
    SSL_set_connect_state(ssl);
    SSL_do_handshake(ssl); // wants to read the ServerHello
    char *data = nullptr;
    const long n = BIO_get_mem_data(out, &data);
    const QByteArray hello(data, int(n));
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return hello;
}

bool closedByPeer(int fd)
{
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 0) <= 0)
        return false;
    if (p.revents & (POLLHUP | POLLERR))
        return true;
    char buffer[4096];
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

} // namespace

long MisbehavingClients::raiseFileLimit()
{
    rlimit limit{};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
    return long(limit.rlim_cur);
}

MisbehavingClients::MisbehavingClients(int port, const QString &sourceAddress, int perKind)
    : m_port(port), m_source(sourceAddress), m_clientHello(makeClientHello())
{
    for (const Kind kind : {Kind::Idle, Kind::StalledTls, Kind::Drip}) {
        for (int i = 0; i < perKind; ++i)
            m_slots.push_back({kind});
    }
    for (Slot &slot : m_slots)
        connectSlot(slot);
    m_thread = std::thread([this] { run(); });
}

MisbehavingClients::~MisbehavingClients()
{
    m_stop = true;
    m_thread.join();
    for (Slot &slot : m_slots) {
        if (slot.fd >= 0)
            ::close(slot.fd);
    }
}

void MisbehavingClients::connectSlot(Slot &slot)
{
    if (slot.fd >= 0) {
        ::close(slot.fd);
        --m_open;
    }
    slot.sent = 0;
    slot.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in from{};
    from.sin_family = AF_INET;
    ::inet_pton(AF_INET, m_source.toLatin1().constData(), &from.sin_addr);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(quint16(m_port));
    ::inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
    if (::bind(slot.fd, reinterpret_cast<sockaddr *>(&from), sizeof from) != 0
        || ::connect(slot.fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
        ::close(slot.fd);
        slot.fd = -1;
        ++m_refused;
        return;
    }
    ++m_open;
    if (slot.kind == Kind::StalledTls) {
        ::send(slot.fd, m_clientHello.constData(), size_t(m_clientHello.size()), MSG_NOSIGNAL);
        slot.sent = int(m_clientHello.size());
    }
}

void MisbehavingClients::tick()
{
    for (Slot &slot : m_slots) {
        if (m_stop)
            return;
        if (slot.fd < 0 || closedByPeer(slot.fd)) {
            if (slot.fd >= 0)
                ++m_reopened;
            connectSlot(slot);
            continue;
        }
        if (slot.kind == Kind::Drip && slot.sent < m_clientHello.size()) {
            ::send(slot.fd, m_clientHello.constData() + slot.sent, 1, MSG_NOSIGNAL | MSG_DONTWAIT);
            ++slot.sent;
        }
    }
}

void MisbehavingClients::run()
{
    while (!m_stop) {
        const auto next = std::chrono::steady_clock::now() + std::chrono::seconds(1);
        tick();
        while (!m_stop && std::chrono::steady_clock::now() < next)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

} // namespace kikan::test
