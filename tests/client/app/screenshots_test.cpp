// The screens of docs/screenshots, checked as they are drawn: the signed-in main window fits
// 1024×768 and lists the demo staff member's areas in catalogue order under their sections, the
// sign-in dialog and the audit log search show their fields; each is then saved as a PNG.
// To refresh docs/screenshots:
//   KIKAN_SCREENSHOT_DIR=$PWD/docs/screenshots build/tests/client/client_screenshots_test
#include "client/admin/auditlogpage.h"
#include "client/app/clientsettings.h"
#include "client/app/mainwindow.h"
#include "client/app/signindialog.h"
#include "client/net/apiclient.h"
#include "client/resident/residentpage.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

using namespace kikan::client;

namespace {
StaffUser demoStaff()
{
    StaffUser u;
    u.id = 3;
    u.loginId = QStringLiteral("kanri01");
    u.displayName = QStringLiteral("髙橋 一郎");
    for (const char *r : {"resident:view", "resident:issue", "national_health_insurance:view",
                          "resident_tax:view", "revenue:view", "application:update",
                          "admin:administer", "audit:view"})
        u.rights.insert(QString::fromLatin1(r));
    return u;
}

QJsonObject entry(const char *at, const char *kind, const char *event, bool success,
                  const char *login, const char *subject, const char *detail)
{
    return {{"occurredAt", QString::fromLatin1(at)}, {"kind", QString::fromLatin1(kind)},
            {"event", QString::fromLatin1(event)}, {"success", success},
            {"loginId", QString::fromLatin1(login)}, {"authMethod", QStringLiteral("card")},
            {"clientAddress", QStringLiteral("10.20.1.31")},
            {"subject", QString::fromUtf8(subject)}, {"detail", QString::fromUtf8(detail)}};
}
} // namespace

class ScreenshotsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(installLanguage(QStringLiteral("ja")));
        m_dir = qEnvironmentVariable("KIKAN_SCREENSHOT_DIR",
                                     kikan::test::binaryDir() + QStringLiteral("/screenshots"));
        QVERIFY(QDir().mkpath(m_dir));
        m_api.setServer(QUrl(QStringLiteral("https://kikan.example.lg.jp:8443")), {});
        m_api.setSession("demo", demoStaff());
    }

    void mainWindow()
    {
        MainWindow w(&m_api, nullptr);
        w.showUser();
        QVERIFY(w.openArea(QStringLiteral("resident")));
        show(&w);
        QCOMPARE(w.size(), QSize(1024, 768)); // not pushed wider or taller by its contents
        QVERIFY(w.minimumSizeHint().width() <= 1024 && w.minimumSizeHint().height() <= 768);
        // Sections and areas in resources/rights/catalogue.json order, only those permitted.
        QCOMPARE(navigationTexts(&w),
                 QStringList({"業務", "  住民記録", "  個人住民税", "  国民健康保険",
                              "共通機能", "  収納管理", "  申請管理",
                              "管理", "  職員・権限管理", "  ログ管理"}));
        auto *page = qobject_cast<ResidentPage *>(w.currentPage());
        QVERIFY(page && page->isVisible());
        QVERIFY(w.geometry().contains(page->mapTo(&w, page->rect().bottomRight())));
        const QStringList status = statusTexts(&w);
        QVERIFY2(status.join('|').contains(QStringLiteral("職員：髙橋 一郎（kanri01）")),
                 qPrintable(status.join('|')));
        save(&w, QStringLiteral("main-window.png"));
    }

    void signInDialog()
    {
        SignInDialog d(&m_api, nullptr);
        d.setPasswordSignInAllowed(true);
        show(&d, false);
        QVERIFY(d.width() <= 1024 && d.height() <= 768);
        auto *pin = d.findChild<QLineEdit *>(QStringLiteral("pin"));
        QVERIFY(pin && pin->isVisible()); // the card tab comes first
        QVERIFY(d.findChild<QLineEdit *>(QStringLiteral("loginId")));
        save(&d, QStringLiteral("sign-in.png"));
    }

    void auditLogSearch()
    {
        MainWindow w(&m_api, nullptr);
        w.showUser();
        QVERIFY(w.openArea(QStringLiteral("audit")));
        auto *page = qobject_cast<AuditLogPage *>(w.currentPage());
        QVERIFY(page);
        const QJsonArray entries{
            entry("2026-11-25T00:32:10Z", "auth", "auth.sign_in", true, "madoguchi01",
                  "", ""),
            entry("2026-11-25T00:35:42Z", "access", "resident.view", true, "madoguchi01",
                  "宛名番号 000123456", "住民票の照会"),
            entry("2026-11-25T00:36:05Z", "print", "certificate.print", true, "madoguchi01",
                  "宛名番号 000123456", "住民票の写し 1通"),
            entry("2026-11-25T01:02:17Z", "auth", "auth.sign_in", false, "zeimu03", "",
                  "PINが違います"),
            entry("2026-11-25T01:10:55Z", "operation", "admin.user.update", true, "kanri01",
                  "職員 zeimu03", "グループ変更"),
        };
        page->showResults({{"total", 5}, {"entries", entries}});
        show(&w);
        QCOMPARE(page->table()->rowCount(), 5);
        QVERIFY(page->table()->isVisible());
        // Every row is drawn inside the visible part of the table.
        const QRect rows = page->table()->visualRect(page->table()->model()->index(4, 0));
        QVERIFY(page->table()->viewport()->rect().contains(rows));
        save(&w, QStringLiteral("audit-log-search.png"));
    }

private:
    static void show(QWidget *w, bool fullScreen = true)
    {
        if (fullScreen)
            w->resize(1024, 768);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QTest::qWait(50);
    }

    static QStringList navigationTexts(QWidget *w)
    {
        QStringList out;
        auto *nav = w->findChild<QListWidget *>(QStringLiteral("navigation"));
        if (!nav || !nav->isVisible())
            return out;
        for (int i = 0; i < nav->count(); ++i)
            out << nav->item(i)->text();
        return out;
    }

    static QStringList statusTexts(MainWindow *w)
    {
        QStringList out;
        for (QLabel *l : w->statusBar()->findChildren<QLabel *>())
            if (l->isVisible())
                out << l->text();
        return out;
    }

    void save(QWidget *w, const QString &name)
    {
        const QImage image = w->grab().toImage();
        QVERIFY(image.width() <= 1024 && image.height() <= 768);
        QVERIFY(image.save(m_dir + QLatin1Char('/') + name));
    }

    QString m_dir;
    ApiClient m_api;
};

QTEST_MAIN(ScreenshotsTest)
#include "screenshots_test.moc"
