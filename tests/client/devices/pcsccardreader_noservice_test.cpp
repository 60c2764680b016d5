// PcscCardReader when no PC/SC service answers: pcsc-lite's client library is pointed at a socket
// that does not exist (PCSCLITE_CSOCK_NAME, read once at the first PC/SC call of the process), so
// SCardEstablishContext fails with SCARD_E_NO_SERVICE whether or not a pcscd runs on the machine.
// That is why this case is a program of its own: it needs no pcscd and no lock.
#include "client/devices/pcsccardreader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using kikan::client::PcscCardReader;

class PcscCardReaderNoServiceTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("PCSCLITE_CSOCK_NAME", m_dir.filePath(QStringLiteral("pcscd.comm")).toUtf8());
    }

    void startFailsWithTheServiceMessage()
    {
        PcscCardReader reader;
        QSignalSpy failed(&reader, &PcscCardReader::failed);
        QVERIFY(!reader.start());
        QVERIFY(!reader.isRunning());
        QCOMPARE(failed.size(), 1); // emitted before start() returns
        const QString message = failed.at(0).at(0).toString();
        QCOMPARE(message, PcscCardReader::noServiceMessage());
        QVERIFY(message.startsWith(QStringLiteral("PC/SC サービスが動いていません")));
        reader.stop(); // harmless when never started
    }

    void readCardIdFailsWithTheServiceMessage()
    {
        const kikan::client::CardIdRead read =
            PcscCardReader::readCardId(QStringLiteral("Virtual PCD 00 00"));
        QVERIFY(!read.ok());
        QCOMPARE(read.message, PcscCardReader::noServiceMessage());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(PcscCardReaderNoServiceTest)
#include "pcsccardreader_noservice_test.moc"
