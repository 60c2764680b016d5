// The virtual IC-card sign-in, end to end (issue 4, item 5): a real kikan server over HTTPS on a
// temporary SQLite file, a staff account whose card is bound through server/auth's UserAdmin
// (what `kikan-server user add / set-pin / bind-card` runs), a virtual card on vpcd's reader,
// PcscCardReader reporting its UID, and POST /api/v1/auth/card-sign-in {cardId, pin}.
#include "client/devices/pcsccardreader.h"
#include "tests/support/pcscdaemon.h"
#include "tests/support/testserver.h"
#include "tests/support/virtualcard.h"

#include "server/auth/adminlog.h"
#include "server/auth/useradmin.h"
#include "shared/api/endpoints.h"
#include "shared/api/errorcode.h"

#include <QSignalSpy>
#include <QTest>

using namespace kikan;
using client::PcscCardReader;
using test::PcscDaemon;
using test::VirtualCard;

namespace {

constexpr int Timeout = 20000;
const QByteArray BoundUid = QByteArray::fromHex("04A1B2C3D4E5F6");
const QByteArray StrangerUid = QByteArray::fromHex("04778899AABBCC");
const QString Pin = QStringLiteral("4821");
const QString LoginId = QStringLiteral("madoguchi01");

} // namespace

class CardSignInTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_daemon.ensureRunning(30000, &error), qPrintable(error));
        QVERIFY(PcscDaemon::waitForCard(QLatin1String(PcscDaemon::Reader0), false));
        m_server = std::make_unique<test::TestServer>();
        // The staff account, as an administrator makes it on the command line.
        auth::UserAdmin admin(m_server->app().context(), auth::AdminLog::commandLineActor());
        const qint64 id = admin.create({LoginId, QStringLiteral("窓口 一郎"), QString(), {}});
        admin.setPin(id, Pin);
        admin.bindCard(id, QStringLiteral("04:a1:b2:c3:d4:e5:f6")); // stored normalised
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_daemon.stop();
    }

    void init() { QVERIFY(PcscDaemon::waitForCard(QLatin1String(PcscDaemon::Reader0), false)); }

    void signInWithTheVirtualCard()
    {
        const QString cardId = presentCard(BoundUid);
        QCOMPARE(cardId, QStringLiteral("04A1B2C3D4E5F6"));
        const test::HttpReply r = signIn(cardId, Pin);
        QVERIFY2(r.status == 200, r.body.constData());
        const QString token = r.json().value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(r.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("loginId"))
                     .toString(),
                 LoginId);
        // The token opens a session the server recognises.
        const test::HttpReply me = m_server->client().get(QLatin1String(api::path::Me), token);
        QVERIFY2(me.status == 200, me.body.constData());
        QVERIFY(QString::fromUtf8(me.body).contains(LoginId));
    }

    void wrongPinIsRefused()
    {
        const QString cardId = presentCard(BoundUid);
        const test::HttpReply r = signIn(cardId, QStringLiteral("0000"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QLatin1String(api::err::InvalidCredentials));
        QVERIFY(!r.json().contains(QStringLiteral("token")));
    }

    void unboundCardIsRefused()
    {
        const QString cardId = presentCard(StrangerUid);
        QCOMPARE(cardId, QStringLiteral("04778899AABBCC"));
        const test::HttpReply r = signIn(cardId, Pin);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QLatin1String(api::err::CardNotBound));
        QVERIFY(!r.json().contains(QStringLiteral("token")));
    }

private:
    // Puts a virtual card with uid on the first reader and returns the id the reader reports.
    QString presentCard(const QByteArray &uid)
    {
        PcscCardReader reader;
        QSignalSpy presented(&reader, &PcscCardReader::cardPresented);
        QSignalSpy failed(&reader, &PcscCardReader::failed);
        if (!reader.start())
            return {};
        VirtualCard card(uid);
        if (!card.insert())
            return {};
        if (!QTest::qWaitFor([&] { return !presented.isEmpty() || !failed.isEmpty(); }, Timeout)
            || presented.isEmpty())
            return {};
        reader.stop();
        return presented.first().at(0).toString();
    }

    test::HttpReply signIn(const QString &cardId, const QString &pin)
    {
        return m_server->client().post(QLatin1String(api::path::SignInCard),
                                       {{QStringLiteral("cardId"), cardId},
                                        {QStringLiteral("pin"), pin}});
    }

    PcscDaemon m_daemon;
    std::unique_ptr<test::TestServer> m_server;
};

QTEST_GUILESS_MAIN(CardSignInTest)
#include "cardsignin_test.moc"
