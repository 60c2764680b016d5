// The gate in front of the HTTPS workers (issue 15, 2): slow or idle clients must not hold the 64
// worker threads. One thread accepts connections and keeps them in a poll set until their first
// bytes arrive; only then does a worker take one (the TLS handshake and the request headers are read
// there). Every connection gets a total deadline for handshake + headers (and for the idle time
// between kept-alive requests); a watchdog shuts down the socket when it passes, so one byte a
// second cannot stretch a per-read timeout forever. Per client address: a cap on connections held
// (beyond it new ones are closed at once) and on workers in use (further ready connections of that
// address wait in the gate). Behind HAProxy every connection comes from the proxy's address: the
// trusted proxies (server/trusted_proxies) are not capped — HAProxy caps each client itself
// (docs/operations.md).
#pragma once

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kikan::http {

struct GuardLimits {
    int handshakeSeconds = 10;      // accept → TLS handshake done and request headers read
    int idleSeconds = 25;           // between kept-alive requests, next headers included
    int connectionsPerAddress = 1024; // held (waiting + in a worker); 0: no cap
    int workersPerAddress = 8;      // in a worker at once; 0: no cap
    int maxWaiting = 8192;          // waiting in the gate, all addresses
    std::vector<std::string> uncapped; // addresses the per-address caps do not apply to (proxies)
};

class ConnectionGuard
{
public:
    // dispatch hands a ready connection to a worker; it returns false when none can take it now
    // (the connection stays in the gate).
    using Dispatch = std::function<bool(const Poco::Net::StreamSocket &)>;

    ConnectionGuard(Poco::Net::ServerSocket listener, GuardLimits limits, Dispatch dispatch);
    ~ConnectionGuard();

    void start();
    // Stops accepting and closes the connections still waiting.
    void stop();

    // A worker's hold on one connection: counts it against its address and enforces the deadline.
    class Lease
    {
    public:
        Lease(ConnectionGuard &guard, const Poco::Net::StreamSocket &socket);
        ~Lease();
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        void expireIn(int seconds); // the socket is shut down then unless renewed
        void handling();            // a request is being handled: no deadline
    private:
        ConnectionGuard &m_guard;
        int m_fd;
        std::string m_address;
    };
    // The lease of the connection this worker thread serves (nullptr outside a worker).
    static Lease *&current();

    const GuardLimits &limits() const { return m_limits; }
    std::size_t waiting() const { return m_waitingCount.load(); }

private:
    struct Waiting {
        Poco::Net::StreamSocket socket;
        std::string address;
        std::chrono::steady_clock::time_point deadline;
    };
    void run();
    void acceptOne();
    void pollOnce();
    void dispatchReady(const std::vector<int> &readyFds);
    void expire();
    bool mayUseWorker(const std::string &address) const;
    bool capped(const std::string &address) const;

    Poco::Net::ServerSocket m_listener;
    GuardLimits m_limits;
    Dispatch m_dispatch;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::map<int, Waiting> m_waiting;     // by fd (gate thread only)
    std::atomic<std::size_t> m_waitingCount{0};

    mutable std::mutex m_mutex;           // guards the maps below (gate thread and workers)
    std::map<std::string, int> m_held;    // address → connections held (waiting + working)
    std::map<std::string, int> m_working; // address → connections in a worker
    std::map<int, std::string> m_dispatched; // fd → address, handed over, not yet leased
    std::map<int, std::chrono::steady_clock::time_point> m_deadlines; // fd → leased deadline
};

} // namespace kikan::http
