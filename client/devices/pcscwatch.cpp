// PcscCardReader's worker thread (pcsccardreader.h): lists the readers, waits on all of them with
// SCardGetStatusChange (PnP notification included where the service has it) and reads each card
// put on one. Error codes and timings: shared/reference/PCSC.md.
#include "client/devices/pcsccardreader.h"

#include "client/devices/pcsc_p.h"

#include <QMutexLocker>

#include <map>

namespace kikan::client {

using namespace pcsc;

namespace {
const KikanScardChar PnpNotification[] = KIKAN_SCARD_TEXT("\\\\?PnP?\\Notification");
// The worker re-lists readers at least this often, and SCardCancel wakes it for stop().
constexpr DWORD WaitMs = 5000;
// After the service went away, the worker tries to reconnect this often.
constexpr int ReconnectMs = 1000;
} // namespace

// The worker: lists the readers, waits for a change on any of them and reads each card put on
// one; when the service goes away it drops the context and connects again every ReconnectMs.
class PcscCardReader::Watch
{
public:
    Watch(PcscCardReader &reader, SCARDCONTEXT context) : r(reader), context(context) {}
    void run();

private:
    bool reconnect();
    void fail(LONG rc);
    void dropContext();
    void updateReaders(const std::vector<ReaderName> &names);
    void waitForChange(const std::vector<ReaderName> &names);
    void readChanges(const std::vector<ReaderName> &names,
                     const std::vector<KIKAN_SCARD_READERSTATE> &wait);

    PcscCardReader &r;
    SCARDCONTEXT context;
    // Last known state per reader (dwEventState without CHANGED); 0 = not yet seen.
    std::map<ReaderName, DWORD> known;
    bool serviceReported = false; // failed(noService) already emitted for this outage
    bool noReaderReported = false;
    bool firstListing = true;
    bool usePnp = true;
    int unknownInARow = 0; // SCARD_E_UNKNOWN_READER answers in a row
};

void PcscCardReader::run()
{
    Watch(*this, SCARDCONTEXT(m_context.load())).run();
}

void PcscCardReader::Watch::run()
{
    while (!r.m_stopping) {
        if (context == 0) {
            if (!reconnect())
                break;
            continue;
        }
        std::vector<ReaderName> names;
        const LONG rc = listReaders(context, names);
        if (rc != SCARD_S_SUCCESS) {
            fail(rc);
            continue;
        }
        updateReaders(names);
        if (r.m_stopping)
            break;
        waitForChange(names);
    }
    if (context != 0) {
        r.m_context = 0;
        SCardReleaseContext(context);
    }
}

// Waits ReconnectMs and tries to connect to the service again; false when stopping.
bool PcscCardReader::Watch::reconnect()
{
    if (r.waitForStop(ReconnectMs))
        return false;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context)
        != SCARD_S_SUCCESS) {
        context = 0;
        return true;
    }
    r.m_context = std::uintptr_t(context);
    serviceReported = false;
    firstListing = true;
    return true;
}

// A failed listing or wait: the service went away, or the reader failed (tried again later).
void PcscCardReader::Watch::fail(LONG rc)
{
    if (isServiceGone(rc)) {
        dropContext();
    } else {
        Q_EMIT r.failed(readerErrorMessage(code(rc)));
        r.waitForStop(ReconnectMs);
    }
}

void PcscCardReader::Watch::dropContext()
{
    r.m_context = 0;
    SCardReleaseContext(context);
    context = 0;
    for (const auto &[name, state] : known)
        if (state & SCARD_STATE_PRESENT)
            Q_EMIT r.cardRemoved(toQString(name));
    known.clear();
    if (!serviceReported)
        Q_EMIT r.failed(noServiceMessage());
    serviceReported = true;
}

void PcscCardReader::Watch::updateReaders(const std::vector<ReaderName> &names)
{
    // Readers that went away: a card on them is gone too.
    std::map<ReaderName, DWORD> states;
    for (const ReaderName &name : names)
        states[name] = known.count(name) ? known[name] : DWORD(SCARD_STATE_UNAWARE);
    bool listChanged = firstListing || states.size() != known.size();
    for (const auto &[name, state] : known) {
        if (!states.count(name)) {
            listChanged = true;
            if (state & SCARD_STATE_PRESENT)
                Q_EMIT r.cardRemoved(toQString(name));
        }
    }
    known = states;
    if (listChanged) {
        QStringList list;
        for (const ReaderName &name : names)
            list << toQString(name);
        {
            QMutexLocker lock(&r.m_readersMutex);
            r.m_readers = list;
        }
        Q_EMIT r.readersChanged(list);
    }
    firstListing = false;
    if (names.empty() && !noReaderReported)
        Q_EMIT r.failed(noReaderMessage());
    noReaderReported = names.empty();
}

void PcscCardReader::Watch::waitForChange(const std::vector<ReaderName> &names)
{
    // Wait for a change on any reader, or for a reader to come or go (PnP notification;
    // WinSCard wants the reader count in the high word of its current state). A service
    // without PnP answers SCARD_E_UNKNOWN_READER every time: then the entry is left out and
    // new readers are found by the listing every WaitMs.
    std::vector<KIKAN_SCARD_READERSTATE> wait(names.size() + (usePnp ? 1 : 0));
    for (size_t i = 0; i < names.size(); ++i) {
        wait[i].szReader = names[i].c_str();
        wait[i].dwCurrentState = known[names[i]];
    }
    if (usePnp) {
        wait.back().szReader = PnpNotification;
        wait.back().dwCurrentState = DWORD(names.size()) << 16;
    }
    if (wait.empty()) { // no reader and no PnP: look again later
        r.waitForStop(ReconnectMs);
        return;
    }
    const LONG rc = KIKAN_SCardGetStatusChange(context, WaitMs, wait.data(), DWORD(wait.size()));
    const std::uint32_t c = code(rc);
    unknownInARow = c == code(SCARD_E_UNKNOWN_READER) ? unknownInARow + 1 : 0;
    if (unknownInARow >= 3)
        usePnp = false;
    if (c == code(SCARD_E_TIMEOUT) || c == code(SCARD_E_CANCELLED)
        || c == code(SCARD_E_UNKNOWN_READER) || c == code(SCARD_E_READER_UNAVAILABLE))
        return; // stop requested, or the reader list changed under us: list again
    if (rc != SCARD_S_SUCCESS)
        fail(rc);
    else
        readChanges(names, wait);
}

// Reports the cards taken away and reads those put on a reader since the last wait.
void PcscCardReader::Watch::readChanges(const std::vector<ReaderName> &names,
                                        const std::vector<KIKAN_SCARD_READERSTATE> &wait)
{
    for (size_t i = 0; i < names.size() && !r.m_stopping; ++i) {
        const DWORD before = known[names[i]];
        const DWORD now = wait[i].dwEventState & ~DWORD(SCARD_STATE_CHANGED);
        if (!(wait[i].dwEventState & SCARD_STATE_CHANGED))
            continue;
        known[names[i]] = now;
        const QString reader = toQString(names[i]);
        const bool wasPresent = before & SCARD_STATE_PRESENT;
        const bool isPresent = now & SCARD_STATE_PRESENT;
        // pcsc-lite counts insertions and removals in the high word: a card swapped
        // between two waits shows as present before and after with another count.
        const bool swapped = wasPresent && isPresent && (before >> 16) != (now >> 16);
        if (wasPresent && (!isPresent || swapped))
            Q_EMIT r.cardRemoved(reader);
        if (!isPresent || (wasPresent && !swapped))
            continue;
        if (now & SCARD_STATE_MUTE) {
            Q_EMIT r.failed(readFailedMessage());
            continue;
        }
        const UidRead read = readUid(context, names[i]);
        if (read.rc == SCARD_S_SUCCESS)
            Q_EMIT r.cardPresented(read.cardId, reader);
        else if (isServiceGone(read.rc))
            dropContext();
        else
            Q_EMIT r.failed(readFailure(read.rc));
        if (context == 0)
            break;
    }
}

} // namespace kikan::client
