// The PC/SC calls PcscCardReader (pcsccardreader.cpp) and its worker (pcscwatch.cpp) share: the
// platform block — headers, 32-bit LONG/DWORD on Win64, the wide (W) API on Windows — and the helpers that list
// readers and read a card's UID. Error codes and timings: shared/reference/PCSC.md.
#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

#ifdef _WIN32
#include <windows.h>
#include <winscard.h>
// The wide variants: Windows names readers in UTF-16 (a Japanese reader name survives; the ANSI
// ones would pass it through the code page). One code path over ReaderName below.
#define KIKAN_SCARD_READERSTATE SCARD_READERSTATEW
#define KIKAN_SCardListReaders SCardListReadersW
#define KIKAN_SCardGetStatusChange SCardGetStatusChangeW
#define KIKAN_SCardConnect SCardConnectW
#define KIKAN_SCARD_TEXT(s) L##s
using KikanScardChar = wchar_t;
#else
#include <winscard.h>
#define KIKAN_SCARD_READERSTATE SCARD_READERSTATE
#define KIKAN_SCardListReaders SCardListReaders
#define KIKAN_SCardGetStatusChange SCardGetStatusChange
#define KIKAN_SCardConnect SCardConnect
#define KIKAN_SCARD_TEXT(s) s
using KikanScardChar = char; // pcsc-lite: UTF-8
#endif

namespace kikan::client::pcsc {

// Codes are compared as 32-bit values: LONG is 64-bit on Linux, 32-bit on Windows.
inline std::uint32_t code(LONG rc)
{
    return std::uint32_t(rc);
}

// The service is gone: not running, stopped, or (pcsc-lite, when pcscd dies during a call) the
// connection to it broke; the context is then useless and must be established again.
bool isServiceGone(LONG rc);

// A reader's name as the platform's API takes it (UTF-16 on Windows, UTF-8 with pcsc-lite).
using ReaderName = std::basic_string<KikanScardChar>;

QString toQString(const ReaderName &name);
ReaderName toReaderName(const QString &name);

// Lists the readers; SCARD_E_NO_READERS_AVAILABLE is an empty list, not an error.
LONG listReaders(SCARDCONTEXT context, std::vector<ReaderName> &names);

// Connects to the card on readerName and reads its UID; rc carries the PC/SC error, if any.
struct UidRead {
    LONG rc = SCARD_S_SUCCESS;
    QString cardId;
};

UidRead readUid(SCARDCONTEXT context, const ReaderName &readerName);

// The staff message for a failed read: the card left, answered badly, or the reader failed.
QString readFailure(LONG rc);

} // namespace kikan::client::pcsc
