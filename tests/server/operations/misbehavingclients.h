// A misbehaving device on the town's network, for the slow-client test (issue 15, 2): many
// connections from one source address (a loopback alias such as 127.0.0.2) that connect and say
// nothing, send a TLS ClientHello and never finish the handshake, or drip a ClientHello one byte a
// second. A background thread keeps them all open: whatever the server closes is reopened.
#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <thread>
#include <vector>

namespace kikan::test {

class MisbehavingClients
{
public:
    enum class Kind { Idle, StalledTls, Drip };
    MisbehavingClients(int port, const QString &sourceAddress, int perKind);
    ~MisbehavingClients();

    int open() const { return m_open.load(); }             // connections open now
    long reopened() const { return m_reopened.load(); }    // closed by the server and reopened
    long refused() const { return m_refused.load(); }      // connects that failed

    // Raises this process's open-file limit to its hard limit; returns the new soft limit.
    static long raiseFileLimit();

private:
    struct Slot {
        Kind kind;
        int fd = -1;
        int sent = 0;
    };
    void connectSlot(Slot &slot);
    void tick();
    void run();

    int m_port;
    QString m_source;
    QByteArray m_clientHello;
    std::vector<Slot> m_slots;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_open{0};
    std::atomic<long> m_reopened{0};
    std::atomic<long> m_refused{0};
    std::thread m_thread;
};

} // namespace kikan::test
