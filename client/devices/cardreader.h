// The staff IC-card reader as the client sees it: tells when a card is presented (with its
// identifier, the contactless UID read by GET DATA FF CA 00 00 00) and when it is removed.
// PcscCardReader (pcsccardreader.h) implements it over PC/SC: WinSCard on Windows, pcsc-lite on Linux.
#pragma once

#include <QObject>
#include <QString>

namespace kikan::client {

class CardReader : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~CardReader() override = default;

    // Starts watching the readers; returns false (and emits failed) when no PC/SC service runs.
    virtual bool start() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    // cardId: the card identifier as upper-case hex, e.g. "04A1B2C3D4E5F6".
    void cardPresented(const QString &cardId, const QString &readerName);
    void cardRemoved(const QString &readerName);
    // message: Japanese, for staff (no reader, service not running, card could not be read …).
    void failed(const QString &message);
};

} // namespace kikan::client
