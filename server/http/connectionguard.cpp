// The gate in front of the HTTPS workers (connectionguard.h): accept, wait for the first bytes in
// poll(2), hand over, and shut down connections whose deadline has passed.
#include "connectionguard.h"

#include <algorithm>

#include <poll.h>
#include <sys/socket.h>

#include <vector>

namespace kikan::http {

namespace {
using Clock = std::chrono::steady_clock;
constexpr int kPollMs = 100;

void decrement(std::map<std::string, int> &counts, const std::string &address)
{
    auto it = counts.find(address);
    if (it != counts.end() && --it->second <= 0)
        counts.erase(it);
}
} // namespace

ConnectionGuard::ConnectionGuard(Poco::Net::ServerSocket listener, GuardLimits limits,
                                 Dispatch dispatch)
    : m_listener(std::move(listener)), m_limits(limits), m_dispatch(std::move(dispatch))
{
}

ConnectionGuard::~ConnectionGuard()
{
    stop();
}

void ConnectionGuard::start()
{
    m_thread = std::thread([this] { run(); });
}

void ConnectionGuard::stop()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
}

ConnectionGuard::Lease *&ConnectionGuard::current()
{
    thread_local Lease *lease = nullptr;
    return lease;
}

void ConnectionGuard::run()
{
    while (!m_stopping) {
        pollOnce();
        expire();
    }
    m_listener.close();
    std::lock_guard lock(m_mutex);
    for (auto &[fd, w] : m_waiting)
        decrement(m_held, w.address);
    m_waiting.clear();
    m_waitingCount = 0;
}

bool ConnectionGuard::capped(const std::string &address) const
{
    return std::find(m_limits.uncapped.begin(), m_limits.uncapped.end(), address)
           == m_limits.uncapped.end();
}

bool ConnectionGuard::mayUseWorker(const std::string &address) const
{
    if (m_limits.workersPerAddress <= 0 || !capped(address))
        return true;
    const auto it = m_working.find(address);
    return it == m_working.end() || it->second < m_limits.workersPerAddress;
}

void ConnectionGuard::pollOnce()
{
    std::vector<pollfd> fds;
    fds.reserve(m_waiting.size() + 1);
    fds.push_back({m_listener.impl()->sockfd(), POLLIN, 0});
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[fd, w] : m_waiting) {
            // An address at its worker cap is not polled for data (it would be ready at once
            // again); only for hang-ups, so a closed connection leaves the gate.
            fds.push_back({fd, short(mayUseWorker(w.address) ? POLLIN : 0), 0});
        }
    }
    if (::poll(fds.data(), nfds_t(fds.size()), kPollMs) <= 0)
        return;
    std::vector<int> ready;
    for (std::size_t i = 1; i < fds.size(); ++i) {
        if (fds[i].revents & (POLLHUP | POLLERR | POLLNVAL)) {
            std::lock_guard lock(m_mutex);
            decrement(m_held, m_waiting.at(fds[i].fd).address);
            m_waiting.erase(fds[i].fd);
        } else if (fds[i].revents & POLLIN) {
            ready.push_back(fds[i].fd);
        }
    }
    dispatchReady(ready);
    if (fds[0].revents & POLLIN) {
        for (int i = 0; i < 64 && !m_stopping; ++i) // a burst, without starving the others
            acceptOne();
    }
    m_waitingCount = m_waiting.size();
}

void ConnectionGuard::acceptOne()
{
    pollfd listener{m_listener.impl()->sockfd(), POLLIN, 0};
    if (::poll(&listener, 1, 0) <= 0)
        return;
    Poco::Net::StreamSocket socket;
    try {
        socket = m_listener.acceptConnection();
    } catch (const Poco::Exception &) {
        return; // out of descriptors or the peer left: try again on the next round
    }
    const std::string address = socket.peerAddress().host().toString();
    std::lock_guard lock(m_mutex);
    int &held = m_held[address];
    if ((m_limits.connectionsPerAddress > 0 && held >= m_limits.connectionsPerAddress
         && capped(address))
        || m_waiting.size() >= std::size_t(m_limits.maxWaiting)) {
        if (held == 0)
            m_held.erase(address);
        return; // closed as it goes out of scope
    }
    ++held;
    const int fd = socket.impl()->sockfd();
    m_waiting.emplace(fd, Waiting{socket, address,
                                  Clock::now() + std::chrono::seconds(m_limits.handshakeSeconds)});
}

void ConnectionGuard::dispatchReady(const std::vector<int> &readyFds)
{
    for (const int fd : readyFds) {
        std::unique_lock lock(m_mutex);
        Waiting &w = m_waiting.at(fd);
        if (!mayUseWorker(w.address))
            continue;
        ++m_working[w.address];
        m_dispatched[fd] = w.address;
        const Poco::Net::StreamSocket socket = w.socket;
        const std::string address = w.address;
        lock.unlock();
        if (!m_dispatch(socket)) {
            lock.lock();
            decrement(m_working, address);
            m_dispatched.erase(fd);
            break; // every worker busy and the queue full: the rest wait
        }
        lock.lock();
        m_waiting.erase(fd);
    }
}

void ConnectionGuard::expire()
{
    const Clock::time_point now = Clock::now();
    std::lock_guard lock(m_mutex);
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (it->second.deadline <= now) {
            decrement(m_held, it->second.address);
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    for (auto &[fd, deadline] : m_deadlines) {
        if (deadline <= now) {
            ::shutdown(fd, SHUT_RDWR); // the worker's blocked read returns; it closes the socket
            deadline = Clock::time_point::max();
        }
    }
}

ConnectionGuard::Lease::Lease(ConnectionGuard &guard, const Poco::Net::StreamSocket &socket)
    : m_guard(guard), m_fd(socket.impl()->sockfd())
{
    {
        std::lock_guard lock(guard.m_mutex);
        m_address = guard.m_dispatched[m_fd];
        guard.m_dispatched.erase(m_fd);
    }
    expireIn(guard.m_limits.handshakeSeconds);
    current() = this;
}

ConnectionGuard::Lease::~Lease()
{
    current() = nullptr;
    std::lock_guard lock(m_guard.m_mutex);
    m_guard.m_deadlines.erase(m_fd);
    decrement(m_guard.m_working, m_address);
    decrement(m_guard.m_held, m_address);
}

void ConnectionGuard::Lease::expireIn(int seconds)
{
    std::lock_guard lock(m_guard.m_mutex);
    m_guard.m_deadlines[m_fd] = Clock::now() + std::chrono::seconds(seconds);
}

void ConnectionGuard::Lease::handling()
{
    std::lock_guard lock(m_guard.m_mutex);
    m_guard.m_deadlines[m_fd] = Clock::time_point::max();
}

} // namespace kikan::http
