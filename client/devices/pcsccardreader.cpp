// PcscCardReader: every PC/SC call of the client. The API is the same on pcsc-lite and WinSCard;
// the differences (headers, 32-bit LONG/DWORD on Win64, A/W variants, no pcsc_stringify_error)
// stay in the #ifdef block below. Error codes and timings: shared/reference/PCSC.md.
#include "client/devices/pcsccardreader.h"

#include <QMutexLocker>

#include <chrono>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#ifdef _WIN32
#include <windows.h>
#include <winscard.h>
// The ANSI variants: reader names are ASCII in practice and std::string keeps one code path.
#define KIKAN_SCARD_READERSTATE SCARD_READERSTATEA
#define KIKAN_SCardListReaders SCardListReadersA
#define KIKAN_SCardGetStatusChange SCardGetStatusChangeA
#define KIKAN_SCardConnect SCardConnectA
#else
#include <winscard.h>
#define KIKAN_SCARD_READERSTATE SCARD_READERSTATE
#define KIKAN_SCardListReaders SCardListReaders
#define KIKAN_SCardGetStatusChange SCardGetStatusChange
#define KIKAN_SCardConnect SCardConnect
#endif

namespace kikan::client {

namespace {

// PC/SC part 3: GET DATA, P1=00 → the card's UID (contactless) as the response data.
constexpr BYTE GetUidApdu[] = {0xFF, 0xCA, 0x00, 0x00, 0x00};
const char PnpNotification[] = "\\\\?PnP?\\Notification";
// The worker re-lists readers at least this often, and SCardCancel wakes it for stop().
constexpr DWORD WaitMs = 5000;
// After the service went away, the worker tries to reconnect this often.
constexpr int ReconnectMs = 1000;

// Codes are compared as 32-bit values: LONG is 64-bit on Linux, 32-bit on Windows.
std::uint32_t code(LONG rc)
{
    return std::uint32_t(rc);
}

// The service is gone: not running, stopped, or (pcsc-lite, when pcscd dies during a call) the
// connection to it broke; the context is then useless and must be established again.
bool isServiceGone(LONG rc)
{
    const std::uint32_t c = code(rc);
    return c == code(SCARD_E_NO_SERVICE) || c == code(SCARD_E_SERVICE_STOPPED)
           || c == code(SCARD_E_INVALID_HANDLE) || c == code(SCARD_F_COMM_ERROR);
}

QString toQString(const std::string &name)
{
#ifdef _WIN32
    return QString::fromLocal8Bit(name.c_str());
#else
    return QString::fromUtf8(name.c_str());
#endif
}

// Lists the readers; SCARD_E_NO_READERS_AVAILABLE is an empty list, not an error.
LONG listReaders(SCARDCONTEXT context, std::vector<std::string> &names)
{
    names.clear();
    DWORD length = 0;
    LONG rc = KIKAN_SCardListReaders(context, nullptr, nullptr, &length);
    if (code(rc) == code(SCARD_E_NO_READERS_AVAILABLE))
        return SCARD_S_SUCCESS;
    if (rc != SCARD_S_SUCCESS)
        return rc;
    std::vector<char> buffer(length + 1, '\0');
    rc = KIKAN_SCardListReaders(context, nullptr, buffer.data(), &length);
    if (code(rc) == code(SCARD_E_NO_READERS_AVAILABLE))
        return SCARD_S_SUCCESS;
    if (rc != SCARD_S_SUCCESS)
        return rc;
    // A multi-string: names separated by NUL, ended by an empty name.
    for (const char *p = buffer.data(); *p != '\0'; p += std::strlen(p) + 1)
        names.emplace_back(p);
    return SCARD_S_SUCCESS;
}

// Connects to the card on readerName and reads its UID; rc carries the PC/SC error, if any.
struct UidRead {
    LONG rc = SCARD_S_SUCCESS;
    QString cardId;
};

UidRead readUid(SCARDCONTEXT context, const std::string &readerName)
{
    UidRead result;
    SCARDHANDLE card = 0;
    DWORD protocol = 0;
    result.rc = KIKAN_SCardConnect(context, readerName.c_str(), SCARD_SHARE_SHARED,
                                   SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card, &protocol);
    if (result.rc != SCARD_S_SUCCESS)
        return result;
    BYTE response[258] = {};
    DWORD responseLength = sizeof(response);
    const SCARD_IO_REQUEST *pci = protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    result.rc = SCardTransmit(card, pci, GetUidApdu, sizeof(GetUidApdu), nullptr, response,
                              &responseLength);
    SCardDisconnect(card, SCARD_LEAVE_CARD);
    if (result.rc != SCARD_S_SUCCESS)
        return result;
    // At least one UID byte followed by the status word 90 00.
    if (responseLength < 3 || response[responseLength - 2] != 0x90
        || response[responseLength - 1] != 0x00) {
        result.rc = SCARD_F_UNKNOWN_ERROR;
        return result;
    }
    const auto *data = reinterpret_cast<const char *>(response);
    result.cardId = QString::fromLatin1(QByteArray(data, int(responseLength - 2)).toHex())
                        .toUpper();
    return result;
}

// The staff message for a failed read: the card left, answered badly, or the reader failed.
QString readFailure(LONG rc)
{
    if (isServiceGone(rc))
        return PcscCardReader::noServiceMessage();
    const std::uint32_t c = code(rc);
    if (c == code(SCARD_E_UNKNOWN_READER) || c == code(SCARD_E_READER_UNAVAILABLE))
        return PcscCardReader::noReaderMessage();
    return PcscCardReader::readFailedMessage();
}

} // namespace

PcscCardReader::PcscCardReader(QObject *parent) : CardReader(parent)
{
}

PcscCardReader::~PcscCardReader()
{
    stop();
}

QString PcscCardReader::noServiceMessage()
{
    return tr("PC/SC サービスが動いていません。カードリーダーのサービスを確認してください。");
}

QString PcscCardReader::noReaderMessage()
{
    return tr("カードリーダーが見つかりません。接続を確認してください。");
}

QString PcscCardReader::readFailedMessage()
{
    return tr("カードを読み取れませんでした。もう一度カードをかざしてください。");
}

QString PcscCardReader::readerErrorMessage(std::uint32_t errorCode)
{
    return tr("カードリーダーでエラーが発生しました（コード %1）。")
        .arg(QStringLiteral("0x") + QString::number(errorCode, 16).toUpper());
}

bool PcscCardReader::start()
{
    if (isRunning())
        return true;
    SCARDCONTEXT context = 0;
    const LONG rc = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (rc != SCARD_S_SUCCESS) {
        Q_EMIT failed(isServiceGone(rc) ? noServiceMessage() : readerErrorMessage(code(rc)));
        return false;
    }
    m_stopping = false;
    m_context = std::uintptr_t(context);
    m_worker = std::thread([this] { run(); });
    return true;
}

void PcscCardReader::stop()
{
    if (!m_worker.joinable())
        return;
    {
        std::lock_guard lock(m_stopMutex);
        m_stopping = true;
    }
    m_stopSignal.notify_all();
    if (const std::uintptr_t context = m_context)
        SCardCancel(SCARDCONTEXT(context));
    m_worker.join();
}

QStringList PcscCardReader::readerNames() const
{
    QMutexLocker lock(&m_readersMutex);
    return m_readers;
}

bool PcscCardReader::waitForStop(int ms)
{
    std::unique_lock lock(m_stopMutex);
    return m_stopSignal.wait_for(lock, std::chrono::milliseconds(ms),
                                 [this] { return m_stopping.load(); });
}

CardIdRead PcscCardReader::readCardId(const QString &readerName)
{
    SCARDCONTEXT context = 0;
    LONG rc = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (rc != SCARD_S_SUCCESS)
        return {QString(), isServiceGone(rc) ? noServiceMessage() : readerErrorMessage(code(rc))};
#ifdef _WIN32
    const std::string name = readerName.toLocal8Bit().toStdString();
#else
    const std::string name = readerName.toStdString();
#endif
    const UidRead read = readUid(context, name);
    SCardReleaseContext(context);
    if (read.rc != SCARD_S_SUCCESS)
        return {QString(), readFailure(read.rc)};
    return {read.cardId, QString()};
}

void PcscCardReader::run()
{
    SCARDCONTEXT context = SCARDCONTEXT(m_context.load());
    // Last known state per reader (dwEventState without CHANGED); 0 = not yet seen.
    std::map<std::string, DWORD> known;
    bool serviceReported = false; // failed(noService) already emitted for this outage
    bool noReaderReported = false;
    bool firstListing = true;
    bool usePnp = true;
    int unknownInARow = 0; // SCARD_E_UNKNOWN_READER answers in a row

    const auto dropContext = [&] {
        m_context = 0;
        SCardReleaseContext(context);
        context = 0;
        for (const auto &[name, state] : known)
            if (state & SCARD_STATE_PRESENT)
                Q_EMIT cardRemoved(toQString(name));
        known.clear();
        if (!serviceReported)
            Q_EMIT failed(noServiceMessage());
        serviceReported = true;
    };

    while (!m_stopping) {
        if (context == 0) {
            if (waitForStop(ReconnectMs))
                break;
            if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context)
                != SCARD_S_SUCCESS) {
                context = 0;
                continue;
            }
            m_context = std::uintptr_t(context);
            serviceReported = false;
            firstListing = true;
            continue;
        }
        std::vector<std::string> names;
        LONG rc = listReaders(context, names);
        if (rc != SCARD_S_SUCCESS) {
            if (isServiceGone(rc)) {
                dropContext();
            } else {
                Q_EMIT failed(readerErrorMessage(code(rc)));
                waitForStop(ReconnectMs);
            }
            continue;
        }
        // Readers that went away: a card on them is gone too.
        std::map<std::string, DWORD> states;
        for (const std::string &name : names)
            states[name] = known.count(name) ? known[name] : DWORD(SCARD_STATE_UNAWARE);
        bool listChanged = firstListing || states.size() != known.size();
        for (const auto &[name, state] : known) {
            if (!states.count(name)) {
                listChanged = true;
                if (state & SCARD_STATE_PRESENT)
                    Q_EMIT cardRemoved(toQString(name));
            }
        }
        known = states;
        if (listChanged) {
            QStringList list;
            for (const std::string &name : names)
                list << toQString(name);
            {
                QMutexLocker lock(&m_readersMutex);
                m_readers = list;
            }
            Q_EMIT readersChanged(list);
        }
        firstListing = false;
        if (names.empty() && !noReaderReported)
            Q_EMIT failed(noReaderMessage());
        noReaderReported = names.empty();

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
        if (m_stopping)
            break;
        if (wait.empty()) { // no reader and no PnP: look again later
            waitForStop(ReconnectMs);
            continue;
        }
        rc = KIKAN_SCardGetStatusChange(context, WaitMs, wait.data(), DWORD(wait.size()));
        const std::uint32_t c = code(rc);
        unknownInARow = c == code(SCARD_E_UNKNOWN_READER) ? unknownInARow + 1 : 0;
        if (unknownInARow >= 3)
            usePnp = false;
        if (c == code(SCARD_E_TIMEOUT) || c == code(SCARD_E_CANCELLED)
            || c == code(SCARD_E_UNKNOWN_READER) || c == code(SCARD_E_READER_UNAVAILABLE))
            continue; // stop requested, or the reader list changed under us: list again
        if (rc != SCARD_S_SUCCESS) {
            if (isServiceGone(rc)) {
                dropContext();
            } else {
                Q_EMIT failed(readerErrorMessage(c));
                waitForStop(ReconnectMs);
            }
            continue;
        }
        for (size_t i = 0; i < names.size() && !m_stopping; ++i) {
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
                Q_EMIT cardRemoved(reader);
            if (!isPresent || (wasPresent && !swapped))
                continue;
            if (now & SCARD_STATE_MUTE) {
                Q_EMIT failed(readFailedMessage());
                continue;
            }
            const UidRead read = readUid(context, names[i]);
            if (read.rc == SCARD_S_SUCCESS)
                Q_EMIT cardPresented(read.cardId, reader);
            else if (isServiceGone(read.rc))
                dropContext();
            else
                Q_EMIT failed(readFailure(read.rc));
            if (context == 0)
                break;
        }
    }
    if (context != 0) {
        m_context = 0;
        SCardReleaseContext(context);
    }
}

} // namespace kikan::client
