// The 文字同定 screen against a real TestServer (SQLite) with the 56-glyph sample: import through
// the page, the candidates of a glyph drawn in IPAmj明朝, arrow keys + Enter decide, the search box,
// a broken file's message, and the 1024×768 screenshot for docs/screenshots. To refresh it:
//   KIKAN_SCREENSHOT_DIR=$PWD/docs/screenshots build-mig/tests/client/migration/client_charid_test
#include "client/app/clientsettings.h"
#include "client/migration/candidatelist.h"
#include "client/migration/characteridentificationpage.h"
#include "client/net/apiclient.h"
#include "tests/support/servercontrol.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace kikan;
using namespace kikan::client;

class CharacterIdentificationTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(installLanguage(QStringLiteral("ja")));
        m_server = std::make_unique<test::TestServer>();
        test::addGroup(*m_server, QStringLiteral("データ移行担当"),
                       {QStringLiteral("migration:view"), QStringLiteral("migration:update")});
        const QString password = QStringLiteral("Kikan-Demo-2026");
        test::addStaff(*m_server, QStringLiteral("ikou"), password,
                       {QStringLiteral("データ移行担当")});
        const QString token = test::signIn(*m_server, QStringLiteral("ikou"), password);
        QVERIFY(!token.isEmpty());
        StaffUser user;
        user.loginId = QStringLiteral("ikou");
        user.displayName = QStringLiteral("髙橋 一郎");
        user.rights = {QStringLiteral("migration:view"), QStringLiteral("migration:update")};
        QVERIFY(m_api.setServer(QUrl(QStringLiteral("https://localhost:%1").arg(m_server->port())),
                                m_server->caFile()).isEmpty());
        m_api.setSession(token.toUtf8(), user);
    }
    void cleanupTestCase() { m_server.reset(); }

    void importDecideAndScreenshot()
    {
        CharacterIdentificationPage page(&m_api);
        page.resize(1024, 768);
        page.show();
        QSignalSpy loaded(&page, &CharacterIdentificationPage::listLoaded);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page.glyphList()->count(), 0);

        // A broken file: the server's row message is shown, nothing is imported.
        QSignalSpy messages(&page, &CharacterIdentificationPage::messageShown);
        page.importCsv("vendor_code,juki_code\nF040,9AD9\n", QStringLiteral("broken.csv"));
        QVERIFY(messages.wait(20000));
        QVERIFY2(page.statusText().contains(QStringLiteral("2行目")), qPrintable(page.statusText()));

        QFile file(test::testData(QStringLiteral("migration/legacy-glyphs.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        loaded.clear();
        page.importCsv(file.readAll(), file.fileName());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page.glyphList()->count(), 56);

        // F040 (髙, with its image): the exact candidate first; Enter decides it.
        QSignalSpy shown(&page, &CharacterIdentificationPage::glyphShown);
        QTRY_COMPARE_WITH_TIMEOUT(page.shownGlyph().value("vendorCode").toString(),
                                  QStringLiteral("F040"), 20000);
        QCOMPARE(page.candidates()->currentMjCode(), QStringLiteral("MJ028902"));
        QVERIFY(page.candidates()->count() > 1);
        loaded.clear();
        QTest::keyClick(page.candidates(), Qt::Key_Return);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page.glyphList()->count(), 55); // F040 left the undecided view
        QTRY_COMPARE_WITH_TIMEOUT(page.shownGlyph().value("vendorCode").toString(),
                                  QStringLiteral("F041"), 20000);

        // F041 (﨑): the arrow key moves to a variant, Enter decides that one.
        QTest::keyClick(page.candidates(), Qt::Key_Right);
        const QString variant = page.candidates()->currentMjCode();
        QVERIFY(variant != QStringLiteral("MJ030196"));
        loaded.clear();
        QTest::keyClick(page.candidates(), Qt::Key_Return);
        QVERIFY(loaded.wait(20000));
        QVERIFY(page.statusText().contains(variant));

        // The glyph with 住基 J+845B (葛 + U+E0102) and the other 葛 forms.
        page.selectVendorCode(QStringLiteral("F063"));
        QTRY_COMPARE_WITH_TIMEOUT(page.shownGlyph().value("vendorCode").toString(),
                                  QStringLiteral("F063"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(page.candidates()->currentMjCode(),
                                  QStringLiteral("MJ022335"), 20000);

        // F043 (邊, with the old system's image) beside 邊 and its variants.
        page.selectVendorCode(QStringLiteral("F043"));
        QTRY_COMPARE_WITH_TIMEOUT(page.candidates()->currentMjCode(),
                                  QStringLiteral("MJ026200"), 20000);
        save(&page, QStringLiteral("character-identification.png"));

        page.selectVendorCode(QStringLiteral("F074"));
        QTRY_COMPARE_WITH_TIMEOUT(page.shownGlyph().value("vendorCode").toString(),
                                  QStringLiteral("F074"), 20000);
        QCOMPARE(page.candidates()->count(), 0);
        page.searchCharacters(QStringLiteral("邨"));
        QTRY_VERIFY_WITH_TIMEOUT(page.candidates()->count() > 0, 20000);
        QCOMPARE(page.candidates()->currentMjCode(), QStringLiteral("MJ026249"));
    }

private:
    void save(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable(
            "KIKAN_SCREENSHOT_DIR", test::binaryDir() + QStringLiteral("/screenshots"));
        QVERIFY(QDir().mkpath(dir));
        QTest::qWait(50);
        const QImage image = w->grab().toImage();
        QVERIFY(image.width() <= 1024 && image.height() <= 768);
        QVERIFY(image.save(dir + QLatin1Char('/') + name));
    }

    std::unique_ptr<test::TestServer> m_server;
    ApiClient m_api;
};

QTEST_MAIN(CharacterIdentificationTest)
#include "characteridentification_test.moc"
