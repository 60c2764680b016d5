// The 選挙人名簿 screens over a real HTTPS server: a 定時登録 dry run listing the additions, then the
// run; an elector found by フリガナ with the history of the registration; a 投票区 edited and a
// refusal shown in Japanese; the 抄本 fetched and a 閲覧 recorded. Each fits 1024×768; the roll
// screen and the 抄本's first page (rasterised) are saved for docs/screenshots
// (electoral-roll.png, electoral-roll-extract.png).
#include "client/electoral_roll/districtpanel.h"
#include "client/electoral_roll/electorpanel.h"
#include "client/electoral_roll/extractpanel.h"
#include "client/electoral_roll/rollpage.h"
#include "client/electoral_roll/rollrunpanel.h"
#include "tests/client/resident/residentclientkit.h"
#include "tests/server/electoral_roll/rolltestkit.h"
#include "tests/shared/forms/formtestkit.h"

#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace kikan;
using namespace Qt::Literals::StringLiterals;

class RollScreensTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::RollApi> m_roll;
    client::ApiClient m_api;

    client::RollPage *openPage(client::MainWindow &w)
    {
        w.showUser();
        if (!w.openArea(u"electoral_roll"_s))
            return nullptr;
        w.resize(1024, 768);
        w.show();
        return qobject_cast<client::RollPage *>(w.currentPage());
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
        test::setClock(*m_server, QDateTime(QDate(2025, 3, 2), QTime(1, 0), Qt::UTC));
        m_roll = std::make_unique<test::RollApi>(*m_server);
        m_roll->createStaff();
        const struct { const char *family, *given, *kana, *givenKana, *birth, *number, *sex; } people[] = {
            {"琴浦", "一郎", "コトウラ", "イチロウ", "1968-08-21", "12", "1"},
            {"琴浦", "花子", "コトウラ", "ハナコ", "1970-02-11", "12", "2"},
            {"赤碕", "次郎", "アカサキ", "ジロウ", "1985-11-30", "3", "1"},
            {"八橋", "三郎", "ヤバセ", "サブロウ", "2007-05-31", "7", "1"},
            {"浦安", "美咲", "ウラヤス", "ミサキ", "1999-01-15", "21", "2"}};
        for (const auto &p : people)
            QVERIFY(m_roll->moveIn(QString::fromUtf8(p.family), QString::fromUtf8(p.given),
                                   QString::fromUtf8(p.kana), QString::fromLatin1(p.birth),
                                   u"2025-02-20"_s, u"2025-02-20"_s, QString::fromLatin1(p.number),
                                   false, QString::fromUtf8(p.givenKana), QString::fromLatin1(p.sex)) > 0);
        test::setClock(*m_server, QDateTime(QDate(2025, 6, 2), QTime(1, 0), Qt::UTC));
        m_roll->signInAll();
        client::StaffUser user;
        user.loginId = u"rollclerk"_s;
        user.displayName = u"選挙 担当"_s;
        for (const char *r : {"electoral_roll:view", "electoral_roll:update", "electoral_roll:print",
                              "electoral_roll:administer"})
            user.rights.insert(QString::fromLatin1(r));
        QVERIFY(m_api.setServer(QUrl(u"https://localhost:%1"_s.arg(m_server->port())),
                                m_server->caFile()).isEmpty());
        m_api.setSession(m_roll->clerk.toUtf8(), user);
    }
    void cleanupTestCase() { m_server.reset(); }

    void dryRunThenRegister()
    {
        client::MainWindow w(&m_api, nullptr);
        client::RollPage *page = openPage(w);
        QVERIFY(page);
        page->tabs()->setCurrentWidget(page->runs());
        client::RollRunPanel *runs = page->runs();
        runs->setRun(u"periodic"_s, QDate(2025, 6, 2), {}, {});
        QSignalSpy finished(runs, &client::RollRunPanel::finished);
        QVERIFY(!runs->applyButton()->isEnabled());
        runs->dryRun();
        QVERIFY(finished.wait(20000));
        QCOMPARE(runs->table()->rowCount(), 5);
        QVERIFY2(runs->summary().contains(u"5"_s), qPrintable(runs->summary()));
        QVERIFY(runs->applyButton()->isEnabled());
        QVERIFY(test::fitsScreen(&w));
        runs->apply();
        QVERIFY(finished.wait(20000));
        QVERIFY2(runs->summary().contains(u"登録しました"_s), qPrintable(runs->summary()));
        QVERIFY(!runs->applyButton()->isEnabled());
    }

    void electorWithHistory()
    {
        client::MainWindow w(&m_api, nullptr);
        client::RollPage *page = openPage(w);
        QVERIFY(page);
        QSignalSpy loaded(page->electors(), &client::ElectorPanel::loaded);
        page->electors()->search(u"コトウラ"_s);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page->electors()->table()->rowCount(), 2);
        QVERIFY(page->electors()->history()->count() >= 1);
        QVERIFY2(page->electors()->history()->item(0)->text().contains(u"公職選挙法第22条第1項"_s),
                 qPrintable(page->electors()->history()->item(0)->text()));
        QVERIFY(test::fitsScreen(&w));
        save(w.grab().toImage(), u"electoral-roll.png"_s);
    }

    void districtEditedAndRefused()
    {
        client::MainWindow w(&m_api, nullptr);
        client::RollPage *page = openPage(w);
        QVERIFY(page);
        client::DistrictPanel *districts = page->districts();
        QSignalSpy loaded(districts, &client::DistrictPanel::loaded);
        page->tabs()->setCurrentWidget(districts);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(districts->table()->rowCount(), 8);
        districts->table()->selectRow(0);
        QSignalSpy failed(districts, &client::DistrictPanel::failed);
        districts->edit(1, u"第1投票区"_s, u"琴浦町役場"_s, u"0001, 0002, 0003, 0004, 0005, 0006"_s);
        districts->save();
        QVERIFY(failed.wait(20000));
        QVERIFY2(districts->errorText().contains(u"二つの投票区"_s), qPrintable(districts->errorText()));
        QSignalSpy saved(districts, &client::DistrictPanel::saved);
        districts->edit(1, u"第1投票区"_s, u"琴浦町役場"_s, u"0001, 0002, 0003, 0004, 0005"_s);
        districts->save();
        QVERIFY(saved.wait(20000));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(districts->table()->item(0, 2)->text(), u"琴浦町役場"_s);
    }

    void extractAndInspection()
    {
        client::MainWindow w(&m_api, nullptr);
        client::RollPage *page = openPage(w);
        QVERIFY(page);
        client::ExtractPanel *extracts = page->extracts();
        QSignalSpy loaded(extracts, &client::ExtractPanel::loaded);
        page->tabs()->setCurrentWidget(extracts);
        QVERIFY(loaded.wait(20000));
        extracts->setDistrict(1, QDate(2025, 6, 2));
        QSignalSpy ready(extracts, &client::ExtractPanel::extractReady);
        extracts->fetch(u"pdf"_s);
        QVERIFY(ready.wait(30000));
        const QByteArray pdf = ready.at(0).at(0).toByteArray();
        const QString path = test::writeTempPdf(pdf, u"extract.pdf"_s);
        QVERIFY(test::pdfText(path, 1).contains(u"選挙人名簿抄本"_s));
        save(test::rasterise(path, 1, 110), u"electoral-roll-extract.png"_s);
        QSignalSpy inspected(extracts, &client::ExtractPanel::inspected);
        extracts->setInspection(u"山田　花子"_s, u"person"_s, u"本人の登録の確認"_s, {});
        extracts->inspect();
        QVERIFY(inspected.wait(20000));
        QCOMPARE(extracts->shown()->rowCount(), 5);
        QVERIFY(test::fitsScreen(&w));
    }
};

QTEST_MAIN(RollScreensTest)
#include "rollscreens_test.moc"
