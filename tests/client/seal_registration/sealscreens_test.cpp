// The 印鑑登録 screens over a real HTTPS server: a seal registered through the dialog with the
// impression measured by the server and shown with its size, the page listing it with its image,
// a 印鑑登録証明書 issued by card number and shown, a 照会書 answered from the list awaiting answers,
// refusals shown in Japanese; each fits 1024×768
// and is saved for docs/screenshots (seal-registration.png, seal-page.png, seal-certificate.png).
#include "client/seal_registration/sealcertificatedialog.h"
#include "client/seal_registration/sealpage.h"
#include "client/seal_registration/sealpendingdialog.h"
#include "client/seal_registration/sealregisterdialog.h"
#include "tests/client/resident/residentclientkit.h"
#include "tests/server/seal_registration/sealtestkit.h"

#include <QLabel>
#include <QListWidget>
#include <QTableWidget>

using namespace kikan;
using namespace Qt::Literals::StringLiterals;

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }
} // namespace

class SealScreensTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::SealApi> m_seals;
    client::ApiClient m_api;
    qint64 m_party = 0;
    qint64 m_card = 0;

    // The 印鑑登録 area opened in a 1024×768 main window.
    static bool openArea(client::MainWindow &w)
    {
        w.showUser();
        if (!w.openArea(u"seal_registration"_s))
            return false;
        w.resize(1024, 768);
        w.show();
        return true;
    }

    void save(const QImage &image, const QString &name)
    {
        QVERIFY(image.save(test::screenshotDir() + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(client::installLanguage(u"ja"_s));
        m_server = std::make_unique<test::TestServer>();
        test::setClock(*m_server, QDateTime(QDate(2025, 6, 2), QTime(1, 0), Qt::UTC));
        const QStringList rights{"seal_registration:view", "seal_registration:update",
                                 "seal_registration:issue"};
        const QString token = test::staffWithRights(*m_server, u"inkan01"_s, rights);
        m_seals = std::make_unique<test::SealApi>(
            *m_server, test::staffWithRights(*m_server, u"juki01"_s, {"resident:view", "resident:update"}),
            token);
        client::StaffUser user;
        user.loginId = u"inkan01"_s;
        user.displayName = s("印鑑 担当");
        for (const QString &r : rights)
            user.rights.insert(r);
        QVERIFY(m_api.setServer(QUrl(u"https://localhost:%1"_s.arg(m_server->port())),
                                m_server->caFile()).isEmpty());
        m_api.setSession(token.toUtf8(), user);
        m_party = m_seals->moveIn(s("琴浦"), s("一郎"), u"1968-08-21"_s);
        QVERIFY(m_party > 0);
    }
    void cleanupTestCase() { m_server.reset(); }

    void registerWithTheMeasuredImpression()
    {
        client::MainWindow w(&m_api, nullptr);
        QVERIFY(openArea(w));
        auto *page = qobject_cast<client::SealPage *>(w.currentPage());
        QVERIFY(page);
        QSignalSpy loaded(page, &client::SealPage::loaded);
        page->showParty(m_party);
        QVERIFY(loaded.wait(20000));

        client::SealRegisterDialog dialog(&m_api, m_party, &w);
        dialog.show();
        QVERIFY(test::fitsScreen(&dialog));
        QSignalSpy measured(&dialog, &client::SealRegisterDialog::measuredChanged);
        dialog.setScan(test::encoded(test::sealScan({16.5, 16.5, 600})));
        QVERIFY(measured.wait(20000));
        QVERIFY2(dialog.measurementText().contains(s("16.5")), qPrintable(dialog.measurementText()));
        QVERIFY(dialog.measurementText().contains(s("基準内")));
        dialog.setIdentity(u"photo_id"_s, s("運転免許証"));
        dialog.setImpressionText(s("琴浦一郎"));
        save(test::dialogOverWindow(w, dialog), u"seal-registration.png"_s);
        dialog.setImpressionText(s("田中"));
        QSignalSpy failed(&dialog, &client::SealRegisterDialog::failed);
        dialog.submit();
        QVERIFY(failed.wait(20000));
        QVERIFY2(dialog.errorText().contains(s("一致しません")), qPrintable(dialog.errorText()));
        dialog.setImpressionText(s("琴浦一郎"));
        QSignalSpy registered(&dialog, &client::SealRegisterDialog::registered);
        dialog.submit();
        QVERIFY(registered.wait(20000));
        m_card = dialog.registration().value("cardNo").toInteger();
        QVERIFY(m_card > 0);

        QSignalSpy shown(page, &client::SealPage::impressionShown);
        page->showParty(m_party);
        QVERIFY(shown.wait(20000));
        QCOMPARE(page->table()->rowCount(), 1);
        QCOMPARE(page->table()->item(0, 1)->text(), s("登録中"));
        QCOMPARE(page->table()->item(0, 4)->text(), s("16.5 × 16.5"));
        QVERIFY(!page->impression()->pixmap().isNull());
        QVERIFY(page->findChild<QListWidget *>()->item(0)->text().contains(s("登録")));
        QVERIFY(test::fitsScreen(&w));
        save(w.grab().toImage(), u"seal-page.png"_s);
    }

    void certificateByCardNumber()
    {
        client::MainWindow w(&m_api, nullptr);
        QVERIFY(openArea(w));
        client::SealCertificateDialog dialog(&m_api, &w);
        dialog.show();
        QVERIFY(test::fitsScreen(&dialog));
        QSignalSpy failed(&dialog, &client::SealCertificateDialog::failed);
        dialog.setCardNo(999999);
        dialog.issue();
        QVERIFY(failed.wait(20000));
        QVERIFY(dialog.errorText().contains(s("印鑑登録証は使われていません")));
        QSignalSpy issued(&dialog, &client::SealCertificateDialog::issued);
        dialog.setCardNo(m_card);
        dialog.issue();
        QVERIFY(issued.wait(30000));
        QVERIFY(dialog.serial().startsWith(u"S2025-"_s));
        QVERIFY(!dialog.pageImage().isNull());
        save(test::dialogOverWindow(w, dialog), u"seal-certificate.png"_s);
    }

    void inquiryAnsweredFromThePendingList()
    {
        const qint64 party = m_seals->moveIn(s("照会"), s("三郎"), u"1975-05-05"_s);
        QCOMPARE(m_seals->post({}, m_seals->request(party, s("照会三郎"), 15, u"inquiry"_s)).status, 201);
        client::MainWindow w(&m_api, nullptr);
        QVERIFY(openArea(w));
        client::SealPendingDialog dialog(&m_api, &w);
        QSignalSpy loaded(&dialog, &client::SealPendingDialog::loaded);
        dialog.show();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 4)->text(), s("回答待ち"));
        QVERIFY(test::fitsScreen(&dialog));
        QSignalSpy answered(&dialog, &client::SealPendingDialog::answered);
        dialog.answerSelected();
        QVERIFY(answered.wait(20000));
        QVERIFY(answered.at(0).at(0).toLongLong() > 0);
        QVERIFY(dialog.messageText().contains(s("印鑑登録証")));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(dialog.table()->rowCount(), 0);
    }
};

QTEST_MAIN(SealScreensTest)
#include "sealscreens_test.moc"
