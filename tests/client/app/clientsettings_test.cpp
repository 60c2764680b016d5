// The terminal's settings (client/app/clientsettings.h): the machine-wide defaults an administrator
// sets (the MSI's HKLM\Software\Kikan\Client values; an INI file named by KIKAN_MACHINE_SETTINGS
// here, the same QSettings code) with the user's own on top, and the bundled fonts registered at
// start (client/widgets/namefont.h). The registry itself is checked under wine (docs/windows.md).
#include "client/app/clientsettings.h"
#include "client/widgets/namefont.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kikan::client;

class ClientSettingsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // As kikan-client names itself, under a test name: on Windows the user's settings are
        // the registry (HKCU\Software\Kikan-Test\…), where setPath() below does not reach.
        QCoreApplication::setOrganizationName(QStringLiteral("Kikan-Test"));
        QCoreApplication::setApplicationName(QStringLiteral("clientsettings-test"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
        QSettings machine(m_dir.filePath(QStringLiteral("machine.conf")), QSettings::IniFormat);
        machine.setValue(QStringLiteral("ServerUrl"), QStringLiteral("https://kikan.town.local:8443"));
        machine.setValue(QStringLiteral("CaFile"), QStringLiteral("C:/Program Files/Kikan/town-ca.crt"));
        machine.sync();
        qputenv("KIKAN_MACHINE_SETTINGS", machine.fileName().toLocal8Bit());
    }

    void machineDefaultsApplyUntilTheUserSetsHisOwn()
    {
        ClientSettings c = ClientSettings::load();
        QCOMPARE(c.serverUrl, QUrl(QStringLiteral("https://kikan.town.local:8443")));
        QCOMPARE(c.caFile, QStringLiteral("C:/Program Files/Kikan/town-ca.crt"));
        QCOMPARE(c.language, QStringLiteral("ja"));
        c.serverUrl = QUrl(QStringLiteral("https://test.town.local:8443"));
        c.language = QStringLiteral("en");
        c.save();
        const ClientSettings mine = ClientSettings::load();
        QCOMPARE(mine.serverUrl, QUrl(QStringLiteral("https://test.town.local:8443")));
        QCOMPARE(mine.caFile, QStringLiteral("C:/Program Files/Kikan/town-ca.crt"));
        QCOMPARE(mine.language, QStringLiteral("en"));
        // The machine's own values are not copied into the user's settings: a new default set by
        // the administrator still reaches the user.
        QVERIFY(!QSettings().contains(QStringLiteral("server/caFile")));
        c.serverUrl = QUrl(QStringLiteral("https://kikan.town.local:8443"));
        c.save();
        QVERIFY(!QSettings().contains(QStringLiteral("server/url")));
    }

    void bundledFontsAreRegistered()
    {
        QTemporaryDir fonts;
        const QString ipamj = QStringLiteral("/usr/share/fonts/truetype/ipamj/ipamjm.ttf");
        if (!QFile::exists(ipamj))
            QSKIP("fonts-ipamj-mincho is not installed");
        QVERIFY(QFile::copy(ipamj, fonts.filePath(QStringLiteral("ipamjm.ttf"))));
        QFile broken(fonts.filePath(QStringLiteral("broken.ttf")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not a font");
        broken.close();
        const QStringList families = registerBundledFonts(fonts.path());
        QVERIFY2(families.contains(QStringLiteral("IPAmjMincho")), qPrintable(families.join(u',')));
        QVERIFY(registerBundledFonts(fonts.path() + QStringLiteral("/none")).isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(ClientSettingsTest)
#include "clientsettings_test.moc"
