// The 軽自動車税 screens over a real HTTPS server (SQLite, the real 収納管理 ledger): 当初課税 run
// as a server job from its dialog (progress polled, cancel button) with the 課税台帳 totals per
// 車種区分, a vehicle found by its owner's name (a resident and a 法人 through the party search)
// and by 標識番号, its 照会 with history and 課税 per 年度, 登録 and 名義変更 through the entry
// dialog (a stale version refused in Japanese), a 納税証明書 refused for arrears and issued with a
// preview, the moped counter (登録 with 標識, 再交付, 廃車) and 減免 with its withdrawal from the
// vehicle screen; each fits 1024×768. Saves light-vehicle-assessment-summary.png,
// light-vehicle-inquiry.png, light-vehicle-moped-registration.png,
// light-vehicle-reduction-withdrawal.png and light-vehicle-notice.png (the first page of the server's
// 納税通知書 PDF, rasterised with pdftoppm) for docs/screenshots.
#include "client/light_vehicle_tax/assessmentrundialog.h"
#include "client/light_vehicle_tax/mopedcounterdialog.h"
#include "client/light_vehicle_tax/reductiondialog.h"
#include "client/light_vehicle_tax/taxcertificatedialog.h"
#include "client/light_vehicle_tax/vehicleentrydialog.h"
#include "client/light_vehicle_tax/vehicleinquiry.h"
#include "client/light_vehicle_tax/vehiclepage.h"

#include <QComboBox>
#include <QPushButton>
#include "tests/client/resident/residentclientkit.h"
#include "tests/server/light_vehicle_tax/vehicletestkit.h"
#include "tests/shared/forms/formtestkit.h"

#include <QProgressBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace kikan;
using test::u8;

class VehicleScreensTest : public test::VehicleFixture
{
    Q_OBJECT
public:
    VehicleScreensTest() : VehicleFixture(test::TestServer::Store::Sqlite) {}

private:
    client::ApiClient m_api;
    qint64 m_car = 0, m_old = 0, m_exempt = 0, m_moped = 0;

    static client::VehiclePage *openArea(client::MainWindow &w)
    {
        w.showUser();
        if (!w.openArea(u"light_vehicle_tax"_s))
            return nullptr;
        w.resize(1024, 768);
        w.show();
        return qobject_cast<client::VehiclePage *>(w.currentPage());
    }
    void save(const QImage &image, const QString &name)
    {
        QVERIFY(image.save(test::screenshotDir() + QLatin1Char('/') + name));
    }
    static bool search(client::VehiclePage *page, const QString &text)
    {
        QSignalSpy searched(page, &client::VehiclePage::searched);
        QSignalSpy loaded(page->inquiry(), &client::VehicleInquiry::loaded);
        page->search(text);
        return searched.wait(20000) && (page->found().isEmpty() || loaded.count() || loaded.wait(20000));
    }

    // A re-issue or 廃車 for the vehicle in 照会, done; the dialog (null when refused).
    static client::MopedCounterDialog *counterWork(client::VehiclePage *page, int mode, const QString &reason)
    {
        client::MopedCounterDialog *dialog = page->openMopedDialog(mode);
        if (!dialog)
            return nullptr;
        dialog->setField(u"effectiveDate"_s, u"2025-06-02"_s);
        dialog->setField(u"reason"_s, reason);
        QSignalSpy issued(dialog, &client::MopedCounterDialog::issued);
        dialog->submit();
        if (!issued.wait(30000)) {
            qWarning("refused: %s", qPrintable(dialog->errorText()));
            return nullptr;
        }
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(client::installLanguage(u"ja"_s));
        startWithParties();
        m_car = vehicleId(registerVehicle(m_resident, u8("鳥取 580 あ 1234"), u"2019-05-01"_s));
        m_old = vehicleId(registerVehicle(m_resident, u8("鳥取 480 い 77"), u"2019-05-01"_s,
                                          {{"firstInspection", "2008-02"}, {"body", "cargo"}}));
        m_exempt = vehicleId(registerVehicle(m_company, u8("鳥取 880 う 5"), u"2019-05-01"_s,
                                             {{"use", "business"}}));
        m_moped = vehicleId(registerVehicle(m_outsider, u8("琴浦町 あ 21"), u"2019-05-01"_s,
                                            {{"vehicleClass", "moped_class1"}}));
        QVERIFY(m_car && m_old && m_exempt && m_moped);
        QCOMPARE(post(u"/api/v1/light-vehicle-tax/reductions"_s,
                      {{"vehicleId", m_exempt}, {"fiscalYear", 2025}, {"reason", "disability"},
                       {"mode", "full"}, {"appliedOn", "2025-04-10"}, {"decidedOn", "2025-04-20"}})
                     .status, 201);
        client::StaffUser user;
        user.loginId = u"lvclerk"_s;
        user.displayName = u8("税務 担当");
        for (const char *r : {"light_vehicle_tax:view", "light_vehicle_tax:update",
                              "light_vehicle_tax:administer", "light_vehicle_tax:print",
                              "light_vehicle_tax:issue"})
            user.rights.insert(QString::fromLatin1(r));
        QVERIFY(m_api.setServer(QUrl(u"https://localhost:%1"_s.arg(m_server->port())),
                                m_server->caFile()).isEmpty());
        m_api.setSession(m_clerk.toUtf8(), user);
    }
    void cleanupTestCase() { m_server.reset(); }

    void assessmentRunShowsTheLedgerTotals()
    {
        client::MainWindow w(&m_api, nullptr);
        QVERIFY(openArea(w));
        client::AssessmentRunDialog dialog(&m_api, &w);
        dialog.show();
        QVERIFY(test::fitsScreen(&dialog));
        dialog.setFiscalYear(2025);
        dialog.setPollInterval(20);
        QSignalSpy done(&dialog, &client::AssessmentRunDialog::finished);
        dialog.run();
        QCOMPARE(dialog.progress()->maximum(), 0); // busy until the job's first report
        QVERIFY(dialog.cancelButton()->isEnabled() || done.count() == 0);
        QVERIFY(done.wait(30000));
        QCOMPARE(dialog.progress()->maximum(), 4); // the job's progress: 4 vehicles of 4
        QCOMPARE(dialog.progress()->value(), 4);
        QVERIFY(!dialog.cancelButton()->isEnabled());
        QTableWidget *t = dialog.table();
        QCOMPARE(t->rowCount(), 5); // four 車種区分 and the total
        QCOMPARE(t->item(4, 0)->text(), u8("合計"));
        QCOMPARE(t->item(4, 1)->text(), u"4"_s);
        // 10,800 (新税率 乗用) + 6,000 (重課 貨物) + 6,900 (営業用, 全額減免) + 2,000 (原付)
        QCOMPARE(t->item(4, 2)->text(), u8("25,700 円"));
        QCOMPARE(t->item(4, 3)->text(), u8("6,900 円"));
        QCOMPARE(t->item(4, 4)->text(), u8("18,800 円"));
        QVERIFY2(dialog.countsText().contains(u8("4 件作成")), qPrintable(dialog.countsText()));
        save(test::dialogOverWindow(w, dialog), u"light-vehicle-assessment-summary.png"_s);
        dialog.run(); // a re-run changes nothing
        QVERIFY(done.wait(30000));
        QVERIFY2(dialog.countsText().contains(u8("0 件作成、4 件変更なし")), qPrintable(dialog.countsText()));
    }

    void vehicleFoundByOwnerNameAndPlate()
    {
        client::MainWindow w(&m_api, nullptr);
        client::VehiclePage *page = openArea(w);
        QVERIFY(page);
        QVERIFY(search(page, u8("軽井")));
        QCOMPARE(page->table()->rowCount(), 2);
        QVERIFY(page->table()->item(0, 2)->text().contains(u8("軽井　四郎")));
        QVERIFY(search(page, u8("有限会社軽")));          // a 法人 by its 名称
        QCOMPARE(page->table()->rowCount(), 1);
        QVERIFY(search(page, u8("遠方 二葉")));           // a 住登外者, 氏 and 名 with a space
        QCOMPARE(page->table()->rowCount(), 1);
        QVERIFY(search(page, u8("鳥取 480 い 77")));      // 標識番号
        QCOMPARE(page->table()->rowCount(), 1);
        QVERIFY(search(page, u8("該当者なし")));
        QCOMPARE(page->errorText(), u8("該当する車両はありません。"));
    }

    void inquiryShowsHistoryAndTaxPerYear()
    {
        QCOMPARE(change(m_car, u"transfer-owner"_s, u"2025-04-02"_s, {{"ownerPartyNo", m_outsider}})
                     .status, 200);
        client::MainWindow w(&m_api, nullptr);
        client::VehiclePage *page = openArea(w);
        QVERIFY(search(page, u8("鳥取 580 あ 1234")));
        client::VehicleInquiry *inquiry = page->inquiry();
        QVERIFY2(inquiry->factsText().contains(u8("遠方　二葉")), qPrintable(inquiry->factsText()));
        QVERIFY2(inquiry->factsText().contains(u8("軽四輪 乗用 自家用")), qPrintable(inquiry->factsText()));
        QCOMPARE(inquiry->historyTable()->rowCount(), 2);
        QCOMPARE(inquiry->historyTable()->item(1, 1)->text(), u8("名義変更"));
        QCOMPARE(inquiry->leviesTable()->rowCount(), 1);
        // 賦課期日 4月1日: the owner on that day pays 2025 (the 名義変更 of 4月2日 does not move it).
        QVERIFY(inquiry->leviesTable()->item(0, 1)->text().contains(u8("軽井　四郎")));
        QCOMPARE(inquiry->leviesTable()->item(0, 6)->text(), u8("10,800 円"));
        QVERIFY(test::fitsScreen(&w));
        save(w.grab().toImage(), u"light-vehicle-inquiry.png"_s);
    }

    void registrationAndChangeOfOwnerThroughTheDialog()
    {
        client::MainWindow w(&m_api, nullptr);
        QVERIFY(openArea(w));
        client::VehicleEntryDialog reg(&m_api, client::VehicleEntryDialog::Register, &w);
        reg.show();
        QVERIFY(test::fitsScreen(&reg));
        const QList<QPair<QString, QString>> fields{
            {"effectiveDate", "2025-06-01"}, {"plateNo", u8("鳥取 581 え 9")},
            {"vehicleClass", "four_wheel"}, {"use", "private"}, {"body", "passenger"},
            {"firstInspection", "2025-05"}, {"power", "electric"}, {"chassisNo", "B7AW-000123"},
            {"ownerPartyNo", QString::number(m_resident)}, {"storagePlace", u8("本町2-1")}};
        for (const auto &[name, value] : fields)
            reg.setField(name, value);
        QSignalSpy saved(&reg, &client::VehicleEntryDialog::saved);
        reg.submit();
        QVERIFY(saved.wait(20000));
        const qint64 id = saved.first().first().toLongLong();
        QVERIFY(id > 0);

        client::VehicleEntryDialog stale(&m_api, client::VehicleEntryDialog::TransferOwner, &w);
        stale.setVehicle({{"vehicleId", id}, {"plateNo", u8("鳥取 581 え 9")}}, 99);
        stale.setField(u"effectiveDate"_s, u"2025-06-02"_s);
        stale.setField(u"ownerPartyNo"_s, QString::number(m_company));
        QSignalSpy failed(&stale, &client::VehicleEntryDialog::failed);
        stale.submit();
        QVERIFY(failed.wait(20000));
        QVERIFY2(stale.errorText().contains(u8("他の端末")), qPrintable(stale.errorText()));
        client::VehicleEntryDialog owner(&m_api, client::VehicleEntryDialog::TransferOwner, &w);
        owner.setVehicle({{"vehicleId", id}, {"plateNo", u8("鳥取 581 え 9")}}, versionOf(id));
        owner.setField(u"effectiveDate"_s, u"2025-06-02"_s);
        owner.setField(u"ownerPartyNo"_s, QString::number(m_company));
        QSignalSpy changed(&owner, &client::VehicleEntryDialog::saved);
        owner.submit();
        QVERIFY(changed.wait(20000));
        QCOMPARE(get(vehicles() + u"/%1"_s.arg(id)).json()[u"vehicle"_s][u"ownerPartyNo"_s].toInteger(),
                 m_company);
    }

    void certificateRefusedForArrearsThenIssued()
    {
        client::MainWindow w(&m_api, nullptr);
        QVERIFY(openArea(w));
        client::TaxCertificateDialog dialog(&m_api, &w);
        dialog.show();
        QVERIFY(test::fitsScreen(&dialog));
        dialog.setVehicle(m_old, u8("鳥取 480 い 77")); // 2025 unpaid past its 納期限
        QSignalSpy failed(&dialog, &client::TaxCertificateDialog::failed);
        dialog.issue();
        QVERIFY(failed.wait(20000));
        QVERIFY2(dialog.errorText().contains(u8("未納")), qPrintable(dialog.errorText()));
        dialog.setVehicle(m_exempt, u8("鳥取 880 う 5"));  // 全額減免: nothing owed
        QSignalSpy issued(&dialog, &client::TaxCertificateDialog::issued);
        dialog.issue();
        QVERIFY(issued.wait(30000));
        QVERIFY(dialog.serial().toLongLong() > 0);
        QVERIFY(!dialog.pageImage().isNull());
        QVERIFY(dialog.errorText().isEmpty());
    }

    // The moped counter from the vehicle screen: 登録 with 標識 (the allocated 標識番号 and the
    // 標識交付証明書 in the preview), 標識 re-issue after a loss (a new number), 廃車 with the
    // 廃車申告受付書; each fits 1024×768.
    void mopedCounterFromTheVehicleScreen()
    {
        client::MainWindow w(&m_api, nullptr);
        client::VehiclePage *page = openArea(w);
        QVERIFY(page);
        client::MopedCounterDialog *reg = page->openMopedDialog(client::MopedCounterDialog::Register);
        QVERIFY(reg && test::fitsScreen(reg));
        for (const auto &[name, value] : QList<QPair<QString, QString>>{
                 {"effectiveDate", "2025-06-02"}, {"vehicleClass", "moped_class1"}, {"power", "gasoline"},
                 {"chassisNo", "AF68-7654321"}, {"ownerPartyNo", QString::number(m_resident)},
                 {"storagePlace", u8("本町3-4")}})
            reg->setField(name, value);
        QSignalSpy issued(reg, &client::MopedCounterDialog::issued);
        QSignalSpy loaded(page->inquiry(), &client::VehicleInquiry::loaded);
        reg->submit();
        QVERIFY2(issued.wait(30000), qPrintable(reg->errorText()));
        const QString plate = reg->plateNo();
        QVERIFY2(plate.startsWith(u8("琴浦町")), qPrintable(plate));
        QVERIFY(reg->serial().toLongLong() > 0 && !reg->pageImage().isNull());
        QVERIFY(test::pdfText(test::writeTempPdf(reg->pdf(), u"plate.pdf"_s)).contains(u8("標識交付証明書")));
        save(test::dialogOverWindow(w, *reg), u"light-vehicle-moped-registration.png"_s);
        QVERIFY(loaded.count() || loaded.wait(20000)); // the page shows the new vehicle
        QCOMPARE(page->inquiry()->vehicleId(), reg->vehicleId());
        reg->close();

        client::MopedCounterDialog *lost = counterWork(page, client::MopedCounterDialog::ReissuePlate, u8("紛失"));
        QVERIFY(lost);
        QVERIFY(!lost->plateNo().isEmpty() && lost->plateNo() != plate);
        lost->close();
        QVERIFY(loaded.wait(20000));
        client::MopedCounterDialog *off = counterWork(page, client::MopedCounterDialog::Deregister, u8("譲渡"));
        QVERIFY(off);
        QVERIFY(test::pdfText(test::writeTempPdf(off->pdf(), u"receipt.pdf"_s)).contains(u8("廃車申告受付書")));
    }

    // 減免 from the vehicle screen: an application with its decision (the reasons from the rate
    // file), then its withdrawal, which 更正s the assessed 年度 at once.
    void reductionAppliedAndWithdrawn()
    {
        client::MainWindow w(&m_api, nullptr);
        client::VehiclePage *page = openArea(w);
        QVERIFY(page);
        QSignalSpy loaded(page->inquiry(), &client::VehicleInquiry::loaded);
        page->openVehicle(m_car);
        QVERIFY(loaded.wait(20000));
        client::ReductionDialog *apply = page->openReductionDialog(client::ReductionDialog::Apply);
        QVERIFY(apply && test::fitsScreen(apply));
        QSignalSpy reasons(apply, &client::ReductionDialog::reasonsLoaded);
        QVERIFY(reasons.wait(20000));
        QVERIFY(apply->reasons()->count() >= 2);
        for (const auto &[name, value] : QList<QPair<QString, QString>>{
                 {"fiscalYear", "2025"}, {"reason", "disability"}, {"mode", "ratio"}, {"ratio", "0.5"},
                 {"appliedOn", "2025-05-01"}, {"decidedOn", "2025-05-20"}, {"note", u8("身体障害者手帳")}})
            apply->setField(name, value);
        QSignalSpy saved(apply, &client::ReductionDialog::saved);
        apply->submit();
        QVERIFY2(saved.wait(20000), qPrintable(apply->errorText()));
        QVERIFY2(apply->statusText().contains(u8("次の当初課税")), qPrintable(apply->statusText()));
        apply->close();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page->inquiry()->reductions().size(), 1);

        client::ReductionDialog *withdraw = page->openReductionDialog(client::ReductionDialog::Withdraw);
        QVERIFY(withdraw);
        withdraw->setField(u"withdrawnOn"_s, u"2025-06-01"_s);
        withdraw->setField(u"reason"_s, u8("手帳の返還"));
        QSignalSpy withdrawn(withdraw, &client::ReductionDialog::saved);
        const qsizetype loads = loaded.count();
        withdraw->submit();
        QVERIFY2(withdrawn.wait(30000), qPrintable(withdraw->errorText()));
        QVERIFY2(withdraw->statusText().contains(u8("更正")), qPrintable(withdraw->statusText()));
        save(test::dialogOverWindow(w, *withdraw), u"light-vehicle-reduction-withdrawal.png"_s);
        withdraw->close();
        QVERIFY(loaded.count() > loads || loaded.wait(20000)); // the 照会 read again
        QVERIFY(!page->inquiry()->reductions()[0][u"withdrawnOn"_s].toString().isEmpty());
    }

    void noticePageForTheDocs()
    {
        const test::HttpReply r = get(u"/api/v1/light-vehicle-tax/assessments/2025/notices?partyNo=%1"_s
                                          .arg(m_resident));
        QCOMPARE(r.status, 200);
        const QImage page = test::rasterise(test::writeTempPdf(r.body, u"notice.pdf"_s), 1, 100);
        QVERIFY(!page.isNull());
        save(page, u"light-vehicle-notice.png"_s);
    }
};

QTEST_MAIN(VehicleScreensTest)
#include "vehiclescreens_test.moc"
