// The 住民記録 screens against a real TestServer (SQLite, 処理日 2025-06-02) with households
// entered through the API: search by name (高橋 finds 髙橋) and the keyboard path into 照会, the
// household and history of 照会, 転居 through the dialog (a 422 under its field first), the 409
// message when another counter changed the household first, and the 1024×768 screenshots:
//   KIKAN_SCREENSHOT_DIR=$PWD/docs/screenshots \
//       build-rescl/tests/client/resident/client_resident_test
#include "residentclientkit.h"

#include "client/resident/changedialog.h"
#include "client/resident/changeform.h"
#include "client/resident/residentsearchwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace kikan;
using namespace kikan::client;

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }
const QString kFrom = s("東京都千代田区霞が関二丁目1番2号");
const QString kDate = QStringLiteral("2025-04-01");
} // namespace

class ResidentScreensTest : public QObject
{
    Q_OBJECT
    test::ResidentClientKit m_kit;
    ApiClient &m_api = m_kit.api;
    QList<qint64> m_takahashi, m_saito;
    qint64 m_saitoHousehold = 0;

    QJsonObject moveIn(const QJsonArray &persons, const QString &area, const QString &number)
    {
        const test::HttpReply r = m_kit.resident->change(
            QStringLiteral("move-in"),
            {{"effectiveDate", kDate}, {"notifiedDate", kDate},
             {"address", test::address(area, number)}, {"previousAddress", kFrom},
             {"persons", persons}},
            m_kit.token);
        if (r.status != 201)
            qWarning("move-in refused: %s", r.body.constData());
        return r.json();
    }
    static QList<qint64> parties(const QJsonObject &answer)
    {
        QList<qint64> out;
        for (const QJsonValue &p : answer.value("partyNos").toArray())
            out << p.toInteger();
        return out;
    }
    static qint64 household(const QJsonObject &answer)
    {
        return answer["households"][0]["householdNo"].toInteger();
    }

    ResidentPage *openPage(MainWindow &w) { return test::openResidentPage(w); }
    bool search(ResidentPage *page, const QString &text)
    {
        QSignalSpy done(page->searchWidget(), &ResidentSearchWidget::searched);
        page->searchWidget()->queryEdit()->setFocus();
        page->searchWidget()->queryEdit()->setText(text);
        QTest::keyClick(page->searchWidget()->queryEdit(), Qt::Key_Return);
        return done.wait(20000);
    }
    bool open(ResidentPage *page, qint64 partyNo) { return test::openPerson(page, partyNo); }
    void save(QWidget *w, const QString &name)
    {
        QTest::qWait(100);
        const QImage image = w->grab().toImage();
        QVERIFY(image.width() <= 1024 && image.height() <= 768);
        QVERIFY(image.save(test::screenshotDir() + QLatin1Char('/') + name));
    }
    static bool fits(QWidget *w) { return test::fitsScreen(w); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_kit.start(QStringLiteral("madoguchi01"), s("窓口 花子")));

        // Several households of a synthetic town; 髙橋 (found by 高橋), 葛󠄂城 with an IVS.
        QJsonObject taro = test::person(s("髙橋"), s("太郎"), s("タカハシ"), s("タロウ"),
                                        "1978-04-12", "1", "02");
        taro.insert("myNumber", QStringLiteral("123456789018"));
        taro.insert("residentRecordCode", QStringLiteral("12345678901"));
        taro.insert("registeredDomicile", s("鳥取県東伯郡琴浦町大字八橋1番地"));
        taro.insert("familyRegisterHead", s("髙橋　太郎"));
        QJsonObject hanako = test::person(s("髙橋"), s("花子"), s("タカハシ"), s("ハナコ"),
                                          "1980-09-03", "2", "12");
        hanako.insert("formerFamilyName", s("山際")); // 旧氏
        const QJsonObject t = moveIn(
            {taro, hanako,
             test::person(s("髙橋"), s("健太"), s("タカハシ"), s("ケンタ"), "2008-05-20", "1",
                          "20"),
             test::person(s("髙橋"), s("美咲"), s("タカハシ"), s("ミサキ"), "2012-11-02", "2",
                          "20")},
            "0001", s("2-5"));
        m_takahashi = parties(t);
        QCOMPARE(m_takahashi.size(), 4);
        // A 転居 within 八橋 gives 髙橋 a second history row.
        const test::HttpReply moved = m_kit.resident->change(
            "move-within", {{"effectiveDate", "2025-05-10"}, {"notifiedDate", "2025-05-12"},
                            {"householdNo", household(t)},
                            {"householdVersion", t["households"][0]["version"].toInt()},
                            {"address", test::address("0001", s("3-12-4"))}},
            m_kit.token);
        QVERIFY2(moved.status == 201, moved.body.constData());

        const QJsonObject sa = moveIn(
            {test::person(s("齋藤"), s("一郎"), s("サイトウ"), s("イチロウ"), "1955-01-15", "1",
                          "02"),
             test::person(s("齋藤"), s("和子"), s("サイトウ"), s("カズコ"), "1958-07-30", "2",
                          "12")},
            "0001", s("5-1"));
        m_saito = parties(sa);
        m_saitoHousehold = household(sa);
        moveIn({test::person(s("葛\U000E0102城"), s("さくら"), s("カツラギ"), s("サクラ"),
                             "1996-03-08", "2", "02")},
               "0001", s("7-2"));
        moveIn({test::person(s("佐藤"), s("健一"), s("サトウ"), s("ケンイチ"), "1969-10-21", "1",
                             "02"),
                test::person(s("佐藤"), s("由美"), s("サトウ"), s("ユミ"), "1972-02-14", "2", "12"),
                test::person(s("佐藤"), s("陽斗"), s("サトウ"), s("ハルト"), "2019-06-01", "1",
                             "20")},
               "0001", s("1-8-3"));
        const QJsonObject w = moveIn({test::person(s("渡邊"), s("誠"), s("ワタナベ"),
                                                   s("マコト"), "1988-12-24", "1", "02")},
                                     "0001", s("9-1"));
        const test::HttpReply out = m_kit.resident->change(
            "move-out", {{"effectiveDate", "2025-05-20"}, {"notifiedDate", "2025-05-20"},
                         {"householdNo", household(w)},
                         {"householdVersion", w["households"][0]["version"].toInt()},
                         {"destinationAddress", s("札幌市中央区北1条西2丁目1番地")}},
            m_kit.token);
        QVERIFY2(out.status == 201, out.body.constData());
    }
    void cleanupTestCase() { m_kit.server.reset(); }

    void searchByNameThenKeyboardIntoInquiry()
    {
        MainWindow w(&m_api, nullptr);
        ResidentPage *page = openPage(w);
        QVERIFY(page);
        QVERIFY(fits(&w));
        QVERIFY(search(page, s("高橋")));
        QTableWidget *table = page->searchWidget()->table();
        QCOMPARE(table->rowCount(), 4);
        QList<qint64> found;
        for (int r = 0; r < table->rowCount(); ++r)
            found << page->searchWidget()->partyNoAt(r);
        const int taro = int(found.indexOf(m_takahashi.first()));
        QVERIFY(taro >= 0);
        QCOMPARE(table->item(taro, 1)->text(), s("髙橋　太郎"));
        QCOMPARE(table->item(taro, 3)->text(), s("昭和53年4月12日"));

        // 斉藤 finds 齋藤 only in the loose tier, marked as such.
        QVERIFY(search(page, s("斉藤")));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), s("類似"));

        // The 旧氏 with the given name finds 髙橋花子, and the list says so.
        QVERIFY(search(page, s("山際　花子")));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), s("旧氏で一致"));

        // Down moves into the list, Enter opens 照会.
        QVERIFY(search(page, s("タカハシ　タロウ")));
        QCOMPARE(table->rowCount(), 1);
        QSignalSpy loaded(page->inquiryWidget(), &ResidentInquiryWidget::loaded);
        QTest::keyClick(page->searchWidget()->queryEdit(), Qt::Key_Down);
        QVERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(loaded.wait(20000));
        QVERIFY(page->showsInquiry());
        QCOMPARE(page->inquiryWidget()->partyNo(), m_takahashi.first());
        // Esc goes back to the list.
        QTest::keyClick(page->inquiryWidget()->dateEdit(), Qt::Key_Escape);
        QVERIFY(!page->showsInquiry());

        // 除票 only when asked for.
        QVERIFY(search(page, s("渡邊")));
        QCOMPARE(table->rowCount(), 0);
        QSignalSpy again(page->searchWidget(), &ResidentSearchWidget::searched);
        page->searchWidget()->includeRemovedBox()->setChecked(true);
        QVERIFY(again.wait(20000));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 7)->text().contains(s("除票")));

        // The screenshot: everyone on 八橋, 除票 included.
        QVERIFY(search(page, s("八橋")));
        QVERIFY(table->rowCount() >= 10);
        save(&w, QStringLiteral("resident-search.png"));
    }

    void inquiryShowsHouseholdHistoryAndPastDates()
    {
        MainWindow w(&m_api, nullptr);
        ResidentPage *page = openPage(w);
        QVERIFY(open(page, m_takahashi.first()));
        ResidentInquiryWidget *inq = page->inquiryWidget();
        QVERIFY2(inq->errorText().isEmpty(), qPrintable(inq->errorText()));
        QCOMPARE(inq->householdTable()->rowCount(), 4);
        QCOMPARE(inq->historyTable()->rowCount(), 2);
        QCOMPARE(inq->historyTable()->item(0, 1)->text(), s("転入"));
        QCOMPARE(inq->historyTable()->item(1, 1)->text(), s("転居"));
        QVERIFY(inq->itemText("address").contains(s("3-12-4")));
        QCOMPARE(inq->itemText("myNumber"), QStringLiteral("********9018"));
        QCOMPARE(inq->itemText("birthDate"), s("昭和53年4月12日"));
        QVERIFY(fits(&w));
        save(&w, QStringLiteral("resident-inquiry.png"));

        // As of 令和7年5月1日 (before the 転居): the old address.
        QSignalSpy loaded(inq, &ResidentInquiryWidget::loaded);
        inq->dateEdit()->setText(QStringLiteral("5070501"));
        QTest::keyClick(inq->dateEdit(), Qt::Key_Return);
        QVERIFY(loaded.wait(20000));
        QVERIFY2(inq->itemText("address").contains(s("2-5")),
                 qPrintable(inq->itemText("address")));

        // 除票: the banner says so.
        MainWindow w2(&m_api, nullptr);
        ResidentPage *page2 = openPage(w2);
        QVERIFY(search(page2, s("渡邊")) || true);
        page2->searchWidget()->includeRemovedBox()->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(page2->searchWidget()->table()->rowCount(), 1, 20000);
        QVERIFY(open(page2, page2->searchWidget()->partyNoAt(0)));
        QVERIFY2(page2->inquiryWidget()->bannerText().contains(s("除票")),
                 qPrintable(page2->inquiryWidget()->bannerText()));
    }

    void moveWithinThroughTheDialog()
    {
        MainWindow w(&m_api, nullptr);
        ResidentPage *page = openPage(w);
        QVERIFY(open(page, m_takahashi.first()));
        ChangeDialog *dialog = page->openChange(QStringLiteral("move-within"));
        QSignalSpy codes(dialog, &ChangeDialog::codesLoaded);
        QVERIFY(codes.wait(20000));
        QVERIFY(fits(dialog));
        ChangeForm *form = dialog->form();
        QCOMPARE(form->membersList()->count(), 4);
        form->effectiveDateEdit()->setText(QStringLiteral("5070601"));
        form->notifiedDateEdit()->setText(QStringLiteral("R7.6.2"));
        form->townAreaBox()->setCurrentIndex(form->townAreaBox()->findData("0006"));

        // No 番地: the server's message under that field, in Japanese.
        QSignalSpy answered(dialog, &ChangeDialog::answered);
        dialog->submit();
        QVERIFY(answered.wait(20000));
        const QString error = form->fieldError("address.addressNumber")
                              + form->fieldError("address");
        QVERIFY2(error.contains(s("入力してください")), qPrintable(error + dialog->errorText()));

        form->addressNumberEdit()->setText(s("３－４－５"));
        QSignalSpy registered(page, &ResidentPage::changeRegistered);
        QSignalSpy loaded(page->inquiryWidget(), &ResidentInquiryWidget::loaded);
        dialog->submit();
        QVERIFY(registered.wait(20000));
        QVERIFY(loaded.wait(20000));
        const QString address = page->inquiryWidget()->itemText("address");
        QVERIFY2(address.contains(s("宮場")), qPrintable(address));
        QCOMPARE(page->inquiryWidget()->historyTable()->rowCount(), 3);
        QVERIFY(page->messageText().contains(s("転居")));
    }

    void conflictShowsMessageAndReloads()
    {
        MainWindow w(&m_api, nullptr);
        ResidentPage *page = openPage(w);
        QVERIFY(open(page, m_saito.first()));
        const QJsonObject household = page->inquiryWidget()->inquiry()["household"].toObject();
        ChangeDialog *dialog = page->openChange(QStringLiteral("move-within"));
        QSignalSpy codes(dialog, &ChangeDialog::codesLoaded);
        QVERIFY(codes.wait(20000));

        // Another counter registers a 転居 of the same household first.
        const test::HttpReply other = m_kit.resident->change(
            "move-within", {{"effectiveDate", "2025-06-01"}, {"notifiedDate", "2025-06-02"},
                            {"householdNo", m_saitoHousehold},
                            {"householdVersion", household["version"]},
                            {"address", test::address("0003", s("4-4"))}},
            m_kit.token);
        QVERIFY2(other.status == 201, other.body.constData());

        ChangeForm *form = dialog->form();
        form->effectiveDateEdit()->setText(QStringLiteral("5070601"));
        form->notifiedDateEdit()->setText(QStringLiteral("5070602"));
        form->townAreaBox()->setCurrentIndex(form->townAreaBox()->findData("0002"));
        form->addressNumberEdit()->setText(QStringLiteral("1-1"));
        QSignalSpy answered(dialog, &ChangeDialog::answered);
        dialog->submit();
        QVERIFY(answered.wait(20000));
        QVERIFY(test::conflictReloads(dialog, page));
        QVERIFY(page->inquiryWidget()->itemText("address").contains(s("浦安")));
    }

    void moveInDialogFits()
    {
        MainWindow w(&m_api, nullptr);
        ResidentPage *page = openPage(w);
        ChangeDialog *dialog = page->openChange(QStringLiteral("move-in"));
        QSignalSpy codes(dialog, &ChangeDialog::codesLoaded);
        QVERIFY(codes.wait(20000));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(fits(dialog));
        QCOMPARE(dialog->form()->townAreaBox()->count(), 38); // resources/resident/town-areas.json
        dialog->reject();
    }
};

QTEST_MAIN(ResidentScreensTest)
#include "residentscreens_test.moc"
