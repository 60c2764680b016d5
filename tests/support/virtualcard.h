// A virtual contactless card for vsmartcard's vpcd reader driver: connects to the reader's TCP
// port and speaks vpcd's protocol (2-byte big-endian length + payload; 1-byte payloads are
// control: 0 off, 1 on, 2 reset, 4 ATR request). Protocol and ports: shared/reference/PCSC.md.
#pragma once

#include <QByteArray>

#include <atomic>
#include <mutex>
#include <thread>

namespace kikan::test {

class VirtualCard
{
public:
    // The TCP ports of the two readers /etc/reader.conf.d/vpcd declares.
    static constexpr quint16 Reader0Port = 35963; // "Virtual PCD 00 00"
    static constexpr quint16 Reader1Port = 35964; // "Virtual PCD 00 01"
    // MIFARE Classic 1K as real contactless readers report it.
    static QByteArray defaultAtr();

    // uid: answered to GET DATA FF CA 00 00 00 (+ 90 00); an empty uid answers 6A 81.
    explicit VirtualCard(const QByteArray &uid, quint16 port = Reader0Port);
    ~VirtualCard(); // removes the card
    VirtualCard(const VirtualCard &) = delete;
    VirtualCard &operator=(const VirtualCard &) = delete;

    // Puts the card on the reader: connects to vpcd (retrying until timeoutMs while the port
    // is not yet listening) and answers on a thread of its own. False when it cannot connect.
    bool insert(int timeoutMs = 10000);
    // Takes the card away: closes the connection.
    void remove();
    bool isInserted() const { return m_thread.joinable(); }

    // When set, the card leaves the reader as soon as it receives GET DATA, without answering:
    // a card pulled in the middle of a read.
    void setPullOnRead(bool pull) { m_pullOnRead = pull; }
    // Command APDUs received since insert (control messages not counted).
    int apduCount() const { return m_apdus; }

private:
    void serve(int fd);
    QByteArray answer(const QByteArray &apdu) const;

    QByteArray m_uid;
    quint16 m_port;
    std::thread m_thread;
    std::mutex m_fdMutex;
    int m_fd = -1;
    std::atomic<bool> m_pullOnRead{false};
    std::atomic<int> m_apdus{0};
};

} // namespace kikan::test
