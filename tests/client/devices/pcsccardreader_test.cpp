// PcscCardReader against a real PC/SC stack: pcscd with vsmartcard's vpcd driver, and virtual
// cards speaking vpcd's protocol (tests/support/virtualcard.h). Nothing of PC/SC is mocked; waits
// are on the reader's signals or SCardGetStatusChange, never a fixed sleep (PCSC.md).
#include "client/devices/pcsccardreader.h"
#include "tests/support/pcscdaemon.h"
#include "tests/support/virtualcard.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace kikan;
using client::PcscCardReader;
using test::PcscDaemon;
using test::VirtualCard;

namespace {

constexpr int Timeout = 20000; // pcscd notices a card in 0.3–0.5 s; a loaded machine is slower
const QString Reader0 = QLatin1String(PcscDaemon::Reader0);
const QString Reader1 = QLatin1String(PcscDaemon::Reader1);
const QByteArray UidA = QByteArray::fromHex("04A1B2C3D4E5F6");
const QByteArray UidB = QByteArray::fromHex("0455667788");

// A started reader with spies on all its signals.
struct Watch {
    PcscCardReader reader;
    QSignalSpy presented{&reader, &PcscCardReader::cardPresented};
    QSignalSpy removed{&reader, &PcscCardReader::cardRemoved};
    QSignalSpy failed{&reader, &PcscCardReader::failed};
    QSignalSpy readers{&reader, &PcscCardReader::readersChanged};
    bool start() { return reader.start(); }
    QString failures() const
    {
        QStringList messages;
        for (const QList<QVariant> &args : failed)
            messages << args.at(0).toString();
        return messages.join(QLatin1Char('\n'));
    }
};

} // namespace

class PcscCardReaderTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_daemon.ensureRunning(30000, &error), qPrintable(error));
    }

    // Each test starts with both readers empty, as pcscd sees them.
    void init()
    {
        QVERIFY(PcscDaemon::waitForCard(Reader0, false));
        QVERIFY(PcscDaemon::waitForCard(Reader1, false));
    }

    void cleanupTestCase() { m_daemon.stop(); }

    void readersAreListed()
    {
        Watch w;
        QVERIFY(w.start());
        QTRY_VERIFY_WITH_TIMEOUT(!w.readers.isEmpty(), Timeout);
        const QStringList names = w.readers.first().at(0).toStringList();
        QVERIFY2(names.contains(Reader0) && names.contains(Reader1), qPrintable(names.join(',')));
        QCOMPARE(w.reader.readerNames(), names);
        QVERIFY2(w.failed.isEmpty(), qPrintable(w.failures()));
    }

    void insertedCardIsPresentedWithItsUid()
    {
        Watch w;
        QVERIFY(w.start());
        VirtualCard card(UidA);
        QVERIFY(card.insert());
        QTRY_COMPARE_WITH_TIMEOUT(w.presented.size(), 1, Timeout);
        QCOMPARE(w.presented.at(0).at(0).toString(), QStringLiteral("04A1B2C3D4E5F6"));
        QCOMPARE(w.presented.at(0).at(1).toString(), Reader0);
        QVERIFY2(w.failed.isEmpty(), qPrintable(w.failures()));
        QCOMPARE(card.apduCount(), 1); // one GET DATA, nothing else sent to the card
    }

    void removedCardIsReported()
    {
        Watch w;
        QVERIFY(w.start());
        VirtualCard card(UidA);
        QVERIFY(card.insert());
        QTRY_COMPARE_WITH_TIMEOUT(w.presented.size(), 1, Timeout);
        QVERIFY(w.removed.isEmpty());
        card.remove();
        QTRY_COMPARE_WITH_TIMEOUT(w.removed.size(), 1, Timeout);
        QCOMPARE(w.removed.at(0).at(0).toString(), Reader0);
        QCOMPARE(w.presented.size(), 1);
        QVERIFY2(w.failed.isEmpty(), qPrintable(w.failures()));
    }

    void twoCardsGiveDifferentIds()
    {
        Watch w;
        QVERIFY(w.start());
        // One after the other on the same reader…
        {
            VirtualCard first(UidA);
            QVERIFY(first.insert());
            QTRY_COMPARE_WITH_TIMEOUT(w.presented.size(), 1, Timeout);
        }
        QTRY_COMPARE_WITH_TIMEOUT(w.removed.size(), 1, Timeout);
        VirtualCard second(UidB);
        QVERIFY(second.insert());
        QTRY_COMPARE_WITH_TIMEOUT(w.presented.size(), 2, Timeout);
        QCOMPARE(w.presented.at(0).at(0).toString(), QStringLiteral("04A1B2C3D4E5F6"));
        QCOMPARE(w.presented.at(1).at(0).toString(), QStringLiteral("0455667788"));
        QCOMPARE(w.presented.at(1).at(1).toString(), Reader0);
        // …and at the same time on both readers.
        VirtualCard other(UidA, VirtualCard::Reader1Port);
        QVERIFY(other.insert());
        QTRY_COMPARE_WITH_TIMEOUT(w.presented.size(), 3, Timeout);
        QCOMPARE(w.presented.at(2).at(0).toString(), QStringLiteral("04A1B2C3D4E5F6"));
        QCOMPARE(w.presented.at(2).at(1).toString(), Reader1);
        QVERIFY2(w.failed.isEmpty(), qPrintable(w.failures()));
    }

    void cardAlreadyOnTheReaderIsPresentedAtStart()
    {
        VirtualCard card(UidB);
        QVERIFY(card.insert());
        QVERIFY(PcscDaemon::waitForCard(Reader0, true));
        Watch w;
        QVERIFY(w.start());
        QTRY_COMPARE_WITH_TIMEOUT(w.presented.size(), 1, Timeout);
        QCOMPARE(w.presented.at(0).at(0).toString(), QStringLiteral("0455667788"));
    }

    void cardPulledMidReadIsAReadFailure()
    {
        // The card leaves when it receives GET DATA: SCardTransmit fails (SCARD_W_REMOVED_CARD
        // or a transaction error) and staff are asked to present it again.
        Watch w;
        QVERIFY(w.start());
        VirtualCard card(UidA);
        card.setPullOnRead(true);
        QVERIFY(card.insert());
        QTRY_COMPARE_WITH_TIMEOUT(w.failed.size(), 1, Timeout);
        QCOMPARE(w.failed.at(0).at(0).toString(), PcscCardReader::readFailedMessage());
        QVERIFY(w.failed.at(0).at(0).toString().startsWith(
            QStringLiteral("カードを読み取れませんでした")));
        QTRY_COMPARE_WITH_TIMEOUT(w.removed.size(), 1, Timeout);
        QVERIFY(w.presented.isEmpty());
        // The same reader keeps working for the next card.
        card.remove();
        VirtualCard good(UidB);
        QVERIFY(good.insert());
        QTRY_COMPARE_WITH_TIMEOUT(w.presented.size(), 1, Timeout);
        QCOMPARE(w.presented.at(0).at(0).toString(), QStringLiteral("0455667788"));
    }

    void cardWithoutUidIsAReadFailure()
    {
        Watch w;
        QVERIFY(w.start());
        VirtualCard card{QByteArray()}; // answers GET DATA with 6A 81
        QVERIFY(card.insert());
        QTRY_COMPARE_WITH_TIMEOUT(w.failed.size(), 1, Timeout);
        QCOMPARE(w.failed.at(0).at(0).toString(), PcscCardReader::readFailedMessage());
        QVERIFY(w.presented.isEmpty());
    }

    void readCardIdReadsSynchronously()
    {
        const client::CardIdRead empty = PcscCardReader::readCardId(Reader0);
        QVERIFY(!empty.ok());
        QCOMPARE(empty.message, PcscCardReader::readFailedMessage());
        const client::CardIdRead unknown = PcscCardReader::readCardId(QStringLiteral("No such"));
        QCOMPARE(unknown.message, PcscCardReader::noReaderMessage());

        VirtualCard card(UidB, VirtualCard::Reader1Port);
        QVERIFY(card.insert());
        QVERIFY(PcscDaemon::waitForCard(Reader1, true));
        const client::CardIdRead read = PcscCardReader::readCardId(Reader1);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.cardId, QStringLiteral("0455667788"));
        QVERIFY(read.message.isEmpty());
    }

    void stopEndsTheWorkerPromptly()
    {
        // The worker waits up to 5 s per SCardGetStatusChange; SCardCancel must cut that short.
        Watch w;
        QVERIFY(w.start());
        QTRY_VERIFY_WITH_TIMEOUT(!w.readers.isEmpty(), Timeout);
        QVERIFY(w.reader.isRunning());
        QElapsedTimer timer;
        timer.start();
        w.reader.stop();
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!w.reader.isRunning());
        // Stopped means silent: a card now goes unreported, and start() resumes watching.
        VirtualCard card(UidA);
        QVERIFY(card.insert());
        QVERIFY(PcscDaemon::waitForCard(Reader0, true));
        QVERIFY(w.presented.isEmpty());
        QVERIFY(w.start());
        QTRY_COMPARE_WITH_TIMEOUT(w.presented.size(), 1, Timeout);
    }

    void serviceStoppedWhileWatchingIsReportedAndRecovered()
    {
        if (!m_daemon.startedHere())
            QSKIP("pcscd was already running: this test stops only a daemon it started");
        Watch w;
        QVERIFY(w.start());
        VirtualCard card(UidA);
        QVERIFY(card.insert());
        QTRY_COMPARE_WITH_TIMEOUT(w.presented.size(), 1, Timeout);
        m_daemon.stop();
        QTRY_COMPARE_WITH_TIMEOUT(w.failed.size(), 1, Timeout);
        QCOMPARE(w.failed.at(0).at(0).toString(), PcscCardReader::noServiceMessage());
        QTRY_COMPARE_WITH_TIMEOUT(w.removed.size(), 1, Timeout); // the card went with the service
        card.remove();
        QString error;
        QVERIFY2(m_daemon.ensureRunning(30000, &error), qPrintable(error));
        // The worker reconnects by itself; the card is read again once it is presented.
        VirtualCard again(UidB);
        QVERIFY(again.insert());
        QTRY_COMPARE_WITH_TIMEOUT(w.presented.size(), 2, Timeout);
        QCOMPARE(w.presented.at(1).at(0).toString(), QStringLiteral("0455667788"));
        QCOMPARE(w.failed.size(), 1);
    }

private:
    PcscDaemon m_daemon;
};

QTEST_GUILESS_MAIN(PcscCardReaderTest)
#include "pcsccardreader_test.moc"
