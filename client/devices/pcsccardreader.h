// The staff IC-card reader over PC/SC (pcsc-lite on Linux, WinSCard on Windows): watches every
// reader on a worker thread with SCardGetStatusChange and reads the card UID with the PC/SC
// part 3 pseudo-APDU GET DATA FF CA 00 00 00. All PC/SC calls of the client live in its .cpp
// and in pcscwatch.cpp (the worker), behind pcsc_p.h.
// Facts and pitfalls of the PC/SC stack: shared/reference/PCSC.md; end to end: docs/ic-card.md.
#pragma once

#include "client/devices/cardreader.h"

#include <QMutex>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

namespace kikan::client {

// The result of one synchronous read of a card identifier.
struct CardIdRead {
    QString cardId;  // upper-case hex; empty when the read failed
    QString message; // Japanese, for staff; empty on success
    bool ok() const { return !cardId.isEmpty(); }
};

class PcscCardReader : public CardReader
{
    Q_OBJECT
public:
    explicit PcscCardReader(QObject *parent = nullptr);
    ~PcscCardReader() override; // stops the worker

    // Connects to the PC/SC service and starts the worker thread. A card already lying on a
    // reader is reported at once. Returns false and emits failed when no service runs.
    bool start() override;
    // Ends the worker promptly (SCardCancel wakes its wait); signals already queued are kept.
    void stop() override;
    bool isRunning() const { return m_worker.joinable(); }

    // The readers the worker sees now (empty before the first listing).
    QStringList readerNames() const;

    // Reads the identifier of the card lying on readerName, on the calling thread. Blocks for
    // the duration of one APDU; meant for tools and tests, the dialog uses the signals.
    static CardIdRead readCardId(const QString &readerName);

    // The messages staff see (failed, CardIdRead::message).
    static QString noServiceMessage();
    static QString noReaderMessage();
    static QString readFailedMessage();
    static QString readerErrorMessage(std::uint32_t code);

Q_SIGNALS:
    // The list of readers changed (also emitted after the first listing).
    void readersChanged(const QStringList &readerNames);

private:
    class Watch; // the worker's loop and state (pcscwatch.cpp)
    void run();
    // Waits up to ms for stop(); returns true when stopping.
    bool waitForStop(int ms);

    std::thread m_worker;
    std::atomic<bool> m_stopping{false};
    std::mutex m_stopMutex;
    std::condition_variable m_stopSignal;
    // The worker's context handle (SCARDCONTEXT), shared with stop() for SCardCancel.
    std::atomic<std::uintptr_t> m_context{0};
    mutable QMutex m_readersMutex;
    QStringList m_readers;
};

} // namespace kikan::client
