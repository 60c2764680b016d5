// The client's own check of the town CA (client/net/townca.h), what lets the Windows client trust
// the town's server although Schannel ignores the pinned CA: a chain from the town's CA for the
// host passes; another CA's certificate, another host name, or no CA are refused. Certificates
// from scripts/make-tls.sh (two separate local CAs; under wine made by kikan-test-host).
#include "client/net/townca.h"
#include "tests/support/testserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kikan::client;

class TownCaTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        for (QTemporaryDir *dir : {&m_town, &m_other}) {
            QVERIFY(dir->isValid());
            kikan::test::makeTlsMaterial(dir->path(), QStringLiteral("kikan.town.local"));
        }
    }

    void aChainFromTheTownCaForTheHostPasses()
    {
        const auto server = certs(m_town, "server.crt");
        QVERIFY(chainLeadsToTownCa(server, certs(m_town, "ca.crt"), QStringLiteral("localhost")));
        QVERIFY(chainLeadsToTownCa(server, certs(m_town, "ca.crt"), QStringLiteral("127.0.0.1")));
        QVERIFY(chainLeadsToTownCa(server, certs(m_town, "ca.crt"),
                                   QStringLiteral("kikan.town.local")));
    }

    void aWrongCertificateIsRefused()
    {
        // A server certificate of another CA, the CA itself as a server, another name, no CA.
        QVERIFY(!chainLeadsToTownCa(certs(m_other, "server.crt"), certs(m_town, "ca.crt"),
                                    QStringLiteral("localhost")));
        QVERIFY(!chainLeadsToTownCa(certs(m_other, "ca.crt"), certs(m_town, "ca.crt"),
                                    QStringLiteral("localhost")));
        QVERIFY(!chainLeadsToTownCa(certs(m_town, "server.crt"), certs(m_town, "ca.crt"),
                                    QStringLiteral("evil.example.org")));
        QVERIFY(!chainLeadsToTownCa(certs(m_town, "server.crt"), certs(m_town, "ca.crt"),
                                    QStringLiteral("10.0.0.1")));
        QVERIFY(!chainLeadsToTownCa(certs(m_town, "server.crt"), {}, QStringLiteral("localhost")));
        QVERIFY(!chainLeadsToTownCa({}, certs(m_town, "ca.crt"), QStringLiteral("localhost")));
    }

private:
    static QList<QSslCertificate> certs(const QTemporaryDir &dir, const char *file)
    {
        return QSslCertificate::fromPath(dir.filePath(QString::fromLatin1(file)), QSsl::Pem);
    }
    QTemporaryDir m_town;
    QTemporaryDir m_other;
};

QTEST_MAIN(TownCaTest)
#include "townca_test.moc"
