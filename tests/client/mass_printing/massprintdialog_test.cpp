// The 一括印刷 screen (client/mass_printing/massprintdialog.h) against a real TestServer with 400
// 軽自動車税 納税通知書: a run started from the screen is followed by its progress bar to the end,
// its first spool file is saved (50 pages by pdfinfo), a second run is cancelled from the screen,
// and the list shows both. A terminal without printer profiles takes its group's default set. The screen fits 1024×768; its screenshot while the run is under way goes
// to $KIKAN_SCREENSHOT_DIR (docs/screenshots) as mass-print-progress.png.
#include "client/app/clientsettings.h"
#include "client/mass_printing/massprintdialog.h"
#include "client/net/apiclient.h"
#include "client/printing/groupprofiles.h"
#include "tests/server/mass_printing/noticeregister.h"
#include "tests/server/resident/residenttestkit.h"
#include "tests/shared/forms/formtestkit.h"
#include "tests/support/testenv.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace kikan;

class MassPrintDialogTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestServer> m_server;
    client::ApiClient m_api;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("kikan-test"));
        QCoreApplication::setApplicationName(QStringLiteral("massprint-test"));
        QVERIFY(client::installLanguage(QStringLiteral("ja")));
        m_server = std::make_unique<test::TestServer>();
        test::setClock(*m_server, QDateTime(QDate(2025, 6, 2), QTime(1, 0), Qt::UTC));
        const QString token = test::staffWithRights(*m_server, QStringLiteral("massclerk"), {"light_vehicle_tax:print"});
        test::writeNoticeRegister(*m_server, 400);
        client::StaffUser user;
        user.loginId = QStringLiteral("massclerk");
        user.displayName = QStringLiteral("一括　印刷");
        user.rights.insert(QStringLiteral("light_vehicle_tax:print"));
        QVERIFY(m_api.setServer(QUrl(QStringLiteral("https://localhost:%1").arg(m_server->port())),
                                m_server->caFile()).isEmpty());
        m_api.setSession(token.toUtf8(), user);
    }

    void aRunIsFollowedToItsEndAndItsFileSaved()
    {
        client::MassPrintDialog dialog(&m_api);
        dialog.resize(dialog.sizeHint().expandedTo(QSize(720, 560)));
        QVERIFY(dialog.width() <= 1024 && dialog.height() <= 768);
        dialog.show();
        QComboBox *kind = dialog.findChildren<QComboBox *>().value(0);
        QTRY_COMPARE_WITH_TIMEOUT(kind->count(), 1, 20000);
        QCOMPARE(kind->currentText(), QStringLiteral("軽自動車税（種別割）納税通知書"));
        dialog.findChildren<QSpinBox *>().value(0)->setValue(2025);
        dialog.findChildren<QSpinBox *>().value(1)->setValue(50);
        QSignalSpy updated(&dialog, &client::MassPrintDialog::statusUpdated);
        dialog.start();
        bool shot = false;
        const QString shots = qEnvironmentVariable("KIKAN_SCREENSHOT_DIR", test::binaryDir() + QStringLiteral("/screenshots"));
        QDir().mkpath(shots);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonObject s = dialog.lastStatus();
                const int done = s.value(QStringLiteral("documentsDone")).toInt();
                if (!shot && done > 0 && !s.value(QStringLiteral("finished")).toBool()) {
                    shot = dialog.grab().save(shots + QStringLiteral("/mass-print-progress.png"));
                }
                return s.value(QStringLiteral("finished")).toBool();
            }(), 300000);
        if (!shot) // the run was quicker than one poll: the finished view instead
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/mass-print-progress.png")));
        QProgressBar *bar = dialog.findChild<QProgressBar *>();
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(bar->maximum() > 350);

        QTemporaryDir dir;
        QSignalSpy saved(&dialog, &client::MassPrintDialog::saved);
        dialog.saveFile(QStringLiteral("spool-0001.pdf"), dir.filePath(QStringLiteral("first.pdf")));
        QVERIFY(saved.wait(20000));
        QCOMPARE(test::pdfPageCount(dir.filePath(QStringLiteral("first.pdf"))), 50);
    }

    void aRunIsCancelledFromTheScreen()
    {
        client::MassPrintDialog dialog(&m_api);
        QComboBox *kind = dialog.findChildren<QComboBox *>().value(0);
        QTRY_COMPARE_WITH_TIMEOUT(kind->count(), 1, 20000);
        dialog.findChildren<QSpinBox *>().value(0)->setValue(2025);
        dialog.findChildren<QSpinBox *>().value(1)->setValue(10);
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.currentRun() > 0, 20000);
        dialog.cancelRun();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.lastStatus().value(QStringLiteral("state")).toString()
                                     == QStringLiteral("cancelled"), 120000);
        QVERIFY(dialog.lastStatus().value(QStringLiteral("documentsDone")).toInt() < 400);
        QSignalSpy listed(&dialog, &client::MassPrintDialog::runsListed);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QTableWidget *>()->rowCount() == 2, 20000);
    }

    // Default printer profiles per terminal group (client/printing/groupprofiles.h): a terminal
    // with none takes its group's set at sign-in; one with its own keeps them.
    void aTerminalWithoutProfilesTakesItsGroupsSet()
    {
        const QString admin = test::staffWithRights(*m_server, QStringLiteral("printadmin"), {"admin:administer"});
        client::PrinterProfile counter;
        counter.name = QStringLiteral("窓口1");
        counter.printerName = QStringLiteral("XL-9382");
        client::PrinterProfile sheet = counter;
        sheet.name = QStringLiteral("通知書");
        sheet.kind = client::PrinterKind::Sheet;
        sheet.printerName = QStringLiteral("SP8400");
        const QByteArray exported = client::exportProfiles({counter, sheet});
        const test::HttpReply pushed = m_server->client().request(
            "PUT", QStringLiteral("/api/v1/printing/profile-sets/") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("本庁窓口"))),
            exported, admin);
        QVERIFY2(pushed.status == 200, pushed.body.constData());

        client::saveProfiles({});
        client::setTerminalGroup(QStringLiteral("本庁窓口"));
        int taken = -1;
        client::adoptGroupProfiles(&m_api, this, [&taken](int n) { taken = n; });
        QTRY_VERIFY_WITH_TIMEOUT(taken >= 0, 20000);
        QCOMPARE(taken, 2);
        QCOMPARE(client::loadProfiles().value(1).printerName, QStringLiteral("SP8400"));

        client::PrinterProfile own = counter;
        own.name = QStringLiteral("自席");
        client::saveProfiles({own});
        taken = -1;
        client::adoptGroupProfiles(&m_api, this, [&taken](int n) { taken = n; });
        QTRY_VERIFY_WITH_TIMEOUT(taken >= 0, 20000);
        QCOMPARE(taken, 0);
        QCOMPARE(client::loadProfiles().size(), 1);
        client::setTerminalGroup(QString());
        client::saveProfiles({});
    }
};

QTEST_MAIN(MassPrintDialogTest)
#include "massprintdialog_test.moc"
