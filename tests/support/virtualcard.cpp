// VirtualCard: vpcd's card-side protocol over a blocking socket on the card's own thread, so a
// test may block its main thread (a synchronous read, an HTTPS call) while the card answers.
#include "virtualcard.h"

#include <QDeadlineTimer>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kikan::test {

namespace {

bool readAll(int fd, char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::recv(fd, data, size, 0);
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

bool writeMessage(int fd, const QByteArray &payload)
{
    QByteArray message;
    message.append(char((payload.size() >> 8) & 0xFF));
    message.append(char(payload.size() & 0xFF));
    message.append(payload);
    const char *data = message.constData();
    size_t size = size_t(message.size());
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    return fd;
}

} // namespace

QByteArray VirtualCard::defaultAtr()
{
    return QByteArray::fromHex("3B8F8001804F0CA000000306030001000000006A");
}

VirtualCard::VirtualCard(const QByteArray &uid, quint16 port) : m_uid(uid), m_port(port)
{
}

VirtualCard::~VirtualCard()
{
    remove();
}

bool VirtualCard::insert(int timeoutMs)
{
    if (isInserted())
        return true;
    // vpcd listens as soon as pcscd loaded it; PcscDaemon waits for that, so the first attempt
    // normally succeeds. The retry covers a driver that is still starting.
    QDeadlineTimer deadline(timeoutMs);
    int fd = connectTo(m_port);
    while (fd < 0 && !deadline.hasExpired()) {
        QThread::msleep(20);
        fd = connectTo(m_port);
    }
    if (fd < 0)
        return false;
    m_apdus = 0;
    {
        std::lock_guard lock(m_fdMutex);
        m_fd = fd;
    }
    m_thread = std::thread([this, fd] { serve(fd); });
    return true;
}

void VirtualCard::remove()
{
    {
        std::lock_guard lock(m_fdMutex);
        if (m_fd >= 0)
            ::shutdown(m_fd, SHUT_RDWR); // wakes the card thread's recv
    }
    if (m_thread.joinable())
        m_thread.join();
}

void VirtualCard::serve(int fd)
{
    for (;;) {
        unsigned char header[2];
        if (!readAll(fd, reinterpret_cast<char *>(header), 2))
            break;
        QByteArray payload(int(header[0]) << 8 | header[1], Qt::Uninitialized);
        if (!readAll(fd, payload.data(), size_t(payload.size())))
            break;
        if (payload.size() == 1) {
            // 0 power off, 1 power on, 2 reset: nothing to answer. 4: the ATR.
            if (payload.at(0) == 4 && !writeMessage(fd, defaultAtr()))
                break;
            continue;
        }
        ++m_apdus;
        if (m_pullOnRead && payload.startsWith(QByteArray::fromHex("FFCA")))
            break;
        if (!writeMessage(fd, answer(payload)))
            break;
    }
    std::lock_guard lock(m_fdMutex);
    ::close(fd);
    m_fd = -1;
}

QByteArray VirtualCard::answer(const QByteArray &apdu) const
{
    // PC/SC part 3 GET DATA: P1=00 asks for the UID.
    if (apdu.size() >= 4 && apdu.startsWith(QByteArray::fromHex("FFCA00"))) {
        if (m_uid.isEmpty())
            return QByteArray::fromHex("6A81"); // function not supported
        return m_uid + QByteArray::fromHex("9000");
    }
    return QByteArray::fromHex("6D00"); // instruction not supported
}

} // namespace kikan::test
