// PcscCardReader: its start and stop, the one-off read and the PC/SC helpers it shares with its
// worker (pcscwatch.cpp). The API is the same on pcsc-lite and WinSCard; the differences stay in
// pcsc_p.h. Error codes and timings: shared/reference/PCSC.md.
#include "client/devices/pcsccardreader.h"

#include "client/devices/pcsc_p.h"

#include <QMutexLocker>

#include <chrono>

namespace kikan::client {

namespace pcsc {

namespace {
// PC/SC part 3: GET DATA, P1=00 → the card's UID (contactless) as the response data.
constexpr BYTE GetUidApdu[] = {0xFF, 0xCA, 0x00, 0x00, 0x00};
} // namespace

bool isServiceGone(LONG rc)
{
    const std::uint32_t c = code(rc);
    return c == code(SCARD_E_NO_SERVICE) || c == code(SCARD_E_SERVICE_STOPPED)
           || c == code(SCARD_E_INVALID_HANDLE) || c == code(SCARD_F_COMM_ERROR);
}

// Why a PC/SC context could not be made, for staff: the service is not usable (stopped, not
// installed, or an internal error — what wine 8's stub winscard.dll answers), or the code.
QString contextFailureMessage(LONG rc)
{
    return isServiceGone(rc) || code(rc) == code(SCARD_F_INTERNAL_ERROR)
               ? PcscCardReader::noServiceMessage()
               : PcscCardReader::readerErrorMessage(code(rc));
}

QString toQString(const ReaderName &name)
{
#ifdef _WIN32
    return QString::fromStdWString(name);
#else
    return QString::fromStdString(name);
#endif
}

ReaderName toReaderName(const QString &name)
{
#ifdef _WIN32
    return name.toStdWString();
#else
    return name.toStdString();
#endif
}

LONG listReaders(SCARDCONTEXT context, std::vector<ReaderName> &names)
{
    names.clear();
    DWORD length = 0;
    LONG rc = KIKAN_SCardListReaders(context, nullptr, nullptr, &length);
    if (code(rc) == code(SCARD_E_NO_READERS_AVAILABLE))
        return SCARD_S_SUCCESS;
    if (rc != SCARD_S_SUCCESS)
        return rc;
    std::vector<KikanScardChar> buffer(length + 1, KikanScardChar(0));
    rc = KIKAN_SCardListReaders(context, nullptr, buffer.data(), &length);
    if (code(rc) == code(SCARD_E_NO_READERS_AVAILABLE))
        return SCARD_S_SUCCESS;
    if (rc != SCARD_S_SUCCESS)
        return rc;
    // A multi-string: names separated by NUL, ended by an empty name.
    for (const KikanScardChar *p = buffer.data(); *p != 0; p += names.back().size() + 1)
        names.emplace_back(p);
    return SCARD_S_SUCCESS;
}

UidRead readUid(SCARDCONTEXT context, const ReaderName &readerName)
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

QString readFailure(LONG rc)
{
    if (isServiceGone(rc))
        return PcscCardReader::noServiceMessage();
    const std::uint32_t c = code(rc);
    if (c == code(SCARD_E_UNKNOWN_READER) || c == code(SCARD_E_READER_UNAVAILABLE))
        return PcscCardReader::noReaderMessage();
    return PcscCardReader::readFailedMessage();
}

} // namespace pcsc

using namespace pcsc;

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
        Q_EMIT failed(contextFailureMessage(rc));
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
        return {QString(), contextFailureMessage(rc)};
    const UidRead read = readUid(context, toReaderName(readerName));
    SCardReleaseContext(context);
    if (read.rc != SCARD_S_SUCCESS)
        return {QString(), readFailure(read.rc)};
    return {read.cardId, QString()};
}

} // namespace kikan::client
