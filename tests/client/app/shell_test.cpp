// The client shell offscreen with the real fonts: every window and dialog fits a 1024×768 counter
// screen, the navigation lists only the areas the staff member has rights in, the Japanese
// translations load and are complete.
#include "client/admin/adminpage.h"
#include "client/admin/auditlogpage.h"
#include "client/admin/carddialog.h"
#include "client/admin/groupdialog.h"
#include "client/admin/userdialog.h"
#include "client/app/aboutdialog.h"
#include "client/module/areas.h"
#include "client/app/clientsettings.h"
#include "client/app/mainwindow.h"
#include "client/app/settingsdialog.h"
#include "client/app/signindialog.h"
#include "client/net/apiclient.h"
#include "client/resident/residentpage.h"
#include "tests/client/app/teststaff.h"
#include "tests/support/testenv.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabBar>
#include <QMenuBar>
#include <QTest>
#include <QXmlStreamReader>

using namespace kikan::client;
using kikan::client::test::staff;

namespace {
const QSize kScreen(1024, 768);

bool fits(const QSize &s)
{
    return s.width() <= kScreen.width() && s.height() <= kScreen.height();
}

QString sizeText(QWidget *w)
{
    return QStringLiteral("%1: min %2x%3, hint %4x%5, shown %6x%7")
        .arg(QString::fromLatin1(w->metaObject()->className()))
        .arg(w->minimumSizeHint().width()).arg(w->minimumSizeHint().height())
        .arg(w->sizeHint().width()).arg(w->sizeHint().height())
        .arg(w->frameGeometry().width()).arg(w->frameGeometry().height());
}
} // namespace

class ShellTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(installLanguage(QStringLiteral("ja"))); }

    void windowsFitTheCounterScreen()
    {
        ApiClient api;
        api.setSession("t", staff({QStringLiteral("admin:administer"),
                                   QStringLiteral("audit:view"),
                                   QStringLiteral("resident:view")}));
        MainWindow main(&api, nullptr);
        main.showUser();
        QVERIFY(main.openArea(QStringLiteral("admin")));
        QVERIFY(main.openArea(QStringLiteral("audit")));
        main.resize(kScreen);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        QVERIFY2(fits(main.minimumSizeHint()), qPrintable(sizeText(&main)));
        QVERIFY2(main.size() == kScreen, qPrintable(sizeText(&main)));

        SignInDialog signIn(&api, nullptr);
        signIn.setPasswordSignInAllowed(true);
        SettingsDialog settings(ClientSettings{});
        AboutDialog about(QStringLiteral("https://kikan.example.lg.jp:8443"));
        GroupDialog group(&api, {});
        UserDialog user(&api, {}, {});
        CardDialog card(nullptr, QStringLiteral("窓口 花子"));
        for (QWidget *w : QList<QWidget *>{&signIn, &settings, &about, &group, &user, &card}) {
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            QVERIFY2(fits(w->sizeHint()) && fits(w->minimumSizeHint()), qPrintable(sizeText(w)));
            QVERIFY2(fits(w->frameGeometry().size()), qPrintable(sizeText(w)));
            w->hide();
        }
    }

    // Ctrl+Tab to "ID and password" puts the cursor in the staff ID field, and back in the PIN
    // field: typing starts at once (the MSI check under wine types that way).
    void switchingTabsPutsTheCursorInTheFirstField()
    {
        ApiClient api;
        SignInDialog signIn(&api, nullptr);
        signIn.setPasswordSignInAllowed(true);
        signIn.show();
        QApplication::setActiveWindow(&signIn);
        QVERIFY(QTest::qWaitForWindowActive(&signIn));
        auto *tabBar = signIn.findChild<QTabBar *>(); // where the focus is after a click on a tab
        tabBar->setFocus();
        QTest::keyClick(tabBar, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("loginId"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("wine01"));
        QCOMPARE(signIn.findChild<QLineEdit *>(QStringLiteral("loginId"))->text(), QStringLiteral("wine01"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("pin"));
    }

    void navigationListsOnlyPermittedAreas()
    {
        ApiClient api;
        api.setSession("t", staff({QStringLiteral("resident:view"),
                                   QStringLiteral("resident:issue"),
                                   QStringLiteral("national_health_insurance:view"),
                                   QStringLiteral("revenue:update"),
                                   QStringLiteral("audit:view")}));
        MainWindow main(&api, nullptr);
        main.showUser();
        QCOMPARE(main.navigationAreas(),
                 QStringList({QStringLiteral("resident"),
                              QStringLiteral("national_health_insurance"),
                              QStringLiteral("revenue"), QStringLiteral("audit")}));
        QVERIFY(!main.openArea(QStringLiteral("admin")));
        QVERIFY(!main.openArea(QStringLiteral("property_tax")));
        QVERIFY(main.openArea(QStringLiteral("audit")));
        QVERIFY(qobject_cast<AuditLogPage *>(main.currentPage()));

        // Another staff member: the previous one's pages are gone.
        api.setSession("u", staff({QStringLiteral("admin:administer")}));
        StaffUser other = api.user();
        other.loginId = QStringLiteral("kanri01");
        api.setSession("u", other);
        main.showUser();
        QCOMPARE(main.navigationAreas(), QStringList{QStringLiteral("admin")});
        QVERIFY(main.openArea(QStringLiteral("admin")));
        QVERIFY(qobject_cast<AdminPage *>(main.currentPage()));
    }

    void navigationIsEmptyWithoutRights()
    {
        QVERIFY(permittedAreas(staff({})).isEmpty());
        QCOMPARE(allAreas().size(), 29);
        QCOMPARE(allActions().last().code, QStringLiteral("my_number"));
    }

    void japaneseIsShown()
    {
        ApiClient api;
        api.setSession("t", staff({QStringLiteral("resident:view"),
                                   QStringLiteral("property_tax:view")}));
        MainWindow main(&api, nullptr);
        main.showUser();
        QStringList menus;
        for (QAction *a : main.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("ファイル(&F)")), qPrintable(menus.join(',')));
        QCOMPARE(main.findChild<QListWidget *>(QStringLiteral("navigation"))->item(1)->text(),
                 QStringLiteral("  住民記録"));
        QVERIFY(main.openArea(QStringLiteral("resident")));
        QVERIFY(qobject_cast<ResidentPage *>(main.currentPage()));
        QVERIFY(main.openArea(QStringLiteral("property_tax")));
        auto *notice = main.currentPage()->findChild<QLabel *>(QStringLiteral("notAvailable"));
        QVERIFY(notice);
        QVERIFY2(notice->text().contains(QStringLiteral("利用できません")),
                 qPrintable(notice->text()));
        QCOMPARE(actionName(QStringLiteral("my_number")), QStringLiteral("個人番号の利用"));
    }

    void englishCanBeChosen()
    {
        QVERIFY(installLanguage(QStringLiteral("en")));
        QCOMPARE(areaName(QStringLiteral("resident")), QStringLiteral("Resident registry"));
        QVERIFY(installLanguage(QStringLiteral("ja")));
        QCOMPARE(areaName(QStringLiteral("resident")), QStringLiteral("住民記録"));
    }

    void japaneseTranslationIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ja") << QStringLiteral("translations/kikan_ja.ts");
        QTest::newRow("en") << QStringLiteral("translations/kikan_en.ts");
    }
    void japaneseTranslationIsComplete()
    {
        QFETCH(QString, file);
        QFile f(kikan::test::sourceDir() + QLatin1Char('/') + file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                    unfinished << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(ShellTest)
#include "shell_test.moc"
