// The 異動 entry dialogs of every kind the 照会 opens (出生, 死亡, 世帯主変更・世帯分離・世帯合併,
// 職権修正・職権消除, 外国人住民の記載事項, 訂正, 転出取消, and the arrivals 国外からの転入 …)
// against a real TestServer (SQLite, 処理日 2025-06-02): opened by their shortcuts, filled from the
// keyboard, Enter for the summary and Enter to register; the server's state read back over the
// API; client checks and the server's 422 under the field at fault; the 409 message; every dialog
// within 1024×768. Screenshots of the 出生 and 世帯分離 dialogs over the main window:
//   KIKAN_SCREENSHOT_DIR=$PWD/docs/screenshots build/tests/client/resident/client_change_test
#include "residentclientkit.h"

#include "client/resident/changedialog.h"
#include "client/resident/changeform.h"
#include "client/resident/changehouseholdform.h"
#include "client/resident/changemembers.h"
#include "client/resident/changepersonform.h"
#include "client/resident/changevitalform.h"
#include "client/resident/residentsearchwidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace kikan;
using namespace kikan::client;

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }
const QString kDate = QStringLiteral("2025-04-01");

struct Family {
    qint64 householdNo = 0;
    QList<qint64> parties;
};
} // namespace

class ChangeDialogsTest : public QObject
{
    Q_OBJECT
    test::ResidentClientKit m_kit;
    ApiClient &m_api = m_kit.api;
    int m_lot = 1;

    // A household moved in on 2025-04-01 (each on its own lot of 八橋).
    Family arrive(const QJsonArray &persons, const QString &kind = QStringLiteral("move-in"))
    {
        QJsonObject body{{"effectiveDate", kDate},
                         {"address", test::address("0001", QString::number(m_lot++) + "-1")},
                         {"persons", persons}};
        if (kind == QLatin1String("official-entry"))
            body.insert("reasonNote", s("実態調査による記載"));
        else
            body.insert("notifiedDate", kDate);
        body.insert("previousAddress", s("東京都千代田区霞が関二丁目1番2号"));
        const test::HttpReply r = m_kit.resident->change(kind, body, m_kit.token);
        if (r.status != 201)
            qWarning("arrival refused: %s", r.body.constData());
        Family f;
        f.householdNo = r.json()["households"][0]["householdNo"].toInteger();
        for (const QJsonValue &p : r.json()["partyNos"].toArray())
            f.parties << p.toInteger();
        return f;
    }
    QJsonObject inquiry(qint64 partyNo)
    {
        return m_kit.resident->get(QStringLiteral("/persons/%1").arg(partyNo), m_kit.token).json();
    }
    QJsonObject latest(qint64 partyNo) { return inquiry(partyNo)["latest"].toObject(); }

    ResidentPage *openPage(MainWindow &w) { return test::openResidentPage(w); }
    bool open(ResidentPage *page, qint64 partyNo) { return test::openPerson(page, partyNo); }
    // The main window with the 照会 of a person (page null when it did not load).
    struct Screen {
        std::unique_ptr<MainWindow> window;
        ResidentPage *page = nullptr;
    };
    Screen inquiryOf(qint64 partyNo)
    {
        Screen screen{std::make_unique<MainWindow>(&m_api, nullptr), nullptr};
        ResidentPage *page = openPage(*screen.window);
        if (page && open(page, partyNo))
            screen.page = page;
        return screen;
    }
    // Presses the kind's shortcut in 照会 (Ctrl+Shift+letter) and waits for the codes.
    ChangeDialog *shortcut(ResidentPage *page, const QString &kind)
    {
        QAction *action = page->inquiryWidget()->changeAction(kind);
        if (!action || !action->isEnabled()) {
            qWarning("%s not enabled", qPrintable(kind));
            return nullptr;
        }
        // A desktop gives the main window back its activation when a dialog closes; the
        // offscreen platform does not.
        QApplication::setActiveWindow(page->window());
        QWidget *focus = page->inquiryWidget()->dateEdit();
        focus->setFocus();
        const QKeyCombination key = action->shortcut()[0];
        QTest::keyClick(focus, key.key(), key.keyboardModifiers());
        ChangeDialog *dialog = openDialog(page, kind);
        if (!dialog) {
            qWarning("the shortcut of %s opened no dialog", qPrintable(kind));
            return nullptr;
        }
        QSignalSpy codes(dialog, &ChangeDialog::codesLoaded);
        return codes.wait(20000) ? dialog : nullptr;
    }
    // The dialog of `kind` the page shows (closed ones linger until deleted).
    static ChangeDialog *openDialog(ResidentPage *page, const QString &kind)
    {
        for (ChangeDialog *d : page->findChildren<ChangeDialog *>()) {
            if (d->isVisible() && d->kind() == kind)
                return d;
        }
        return nullptr;
    }
    // Enter on the focused field: the summary (or the client's messages).
    static void enter(ChangeDialog *dialog)
    {
        QWidget *focus = dialog->focusWidget() ? dialog->focusWidget() : dialog;
        QTest::keyClick(focus, Qt::Key_Return);
    }
    // Enter for the summary, Enter to register; true when the page registered the change.
    bool confirmAndRegister(ResidentPage *page, ChangeDialog *dialog)
    {
        enter(dialog);
        if (!dialog->showsSummary()) {
            qWarning("no summary: %s", qPrintable(dialog->errorText()));
            return false;
        }
        QSignalSpy registered(page, &ResidentPage::changeRegistered);
        QSignalSpy answered(dialog, &ChangeDialog::answered);
        QSignalSpy loaded(page->inquiryWidget(), &ResidentInquiryWidget::loaded);
        enter(dialog);
        if (!answered.wait(20000))
            return false;
        if (registered.isEmpty()) {
            qWarning("refused: %s", qPrintable(dialog->errorText()));
            return false;
        }
        return loaded.wait(20000);
    }
    // Types into a field as the keyboard does; Japanese arrives as one committed text (an
    // input method's key event; QTest::keyClicks takes Latin-1 only).
    static void keys(QWidget *w, const QString &text)
    {
        bool latin = true;
        for (QChar c : text)
            latin = latin && c.unicode() < 0x80;
        if (latin) {
            QTest::keyClicks(w, text);
            return;
        }
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, text);
        QApplication::sendEvent(w, &press);
    }
    static void type(QWidget *w, const QString &text)
    {
        w->setFocus();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            e->clear();
        keys(w, text);
    }
    static bool fits(QWidget *w) { return test::fitsScreen(w); }
    // The dialog over the main window as staff see it (the offscreen platform draws no frames:
    // a title bar and a shadow are painted the way the desktop shows a modal dialog).
    void saveOver(MainWindow &w, ChangeDialog *dialog, const QString &name)
    {
        const QString dir = test::screenshotDir();
        QTest::qWait(100);
        QImage image = w.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QImage d = dialog->grab().toImage();
        const int title = 28;
        const QPoint at((image.width() - d.width()) / 2,
                        std::max(title, (image.height() - d.height() - title) / 2 + title));
        QPainter p(&image);
        p.fillRect(image.rect(), QColor(0, 0, 0, 60));
        for (int i = 6; i > 0; --i)
            p.fillRect(QRect(at.x() - i, at.y() - title - i + 3, d.width() + 2 * i,
                             d.height() + title + 2 * i), QColor(0, 0, 0, 10));
        const QRect bar(at.x(), at.y() - title, d.width(), title);
        p.fillRect(bar, QColor(0x2f, 0x4f, 0x7a));
        QFont f = dialog->font();
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(bar.adjusted(10, 0, -10, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   dialog->windowTitle());
        p.drawImage(at, d);
        p.setPen(QColor(0x2f, 0x4f, 0x7a));
        p.drawRect(QRect(bar.topLeft(), QSize(d.width() - 1, d.height() + title - 1)));
        p.end();
        QVERIFY(image.width() <= 1024 && image.height() <= 768);
        QVERIFY(image.save(dir + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_kit.start(QStringLiteral("madoguchi02"), s("窓口 次郎")));
    }
    void cleanupTestCase() { m_kit.server.reset(); }

    void birthFromTheKeyboard()
    {
        QJsonObject father = test::person(s("山田"), s("健"), s("ヤマダ"), s("ケン"), "1990-02-03",
                                          "1", "02");
        father.insert("registeredDomicile", s("鳥取県東伯郡琴浦町大字八橋120番地"));
        father.insert("familyRegisterHead", s("山田　健"));
        const Family f = arrive(
            {father,
             test::person(s("山田"), s("彩"), s("ヤマダ"), s("アヤ"), "1992-08-19", "2", "12")});
        auto [w, page] = inquiryOf(f.parties.first());
        QVERIFY(page);
        ChangeDialog *dialog = shortcut(page, QStringLiteral("birth"));
        QVERIFY(dialog);
        QVERIFY(fits(dialog));
        auto *form = qobject_cast<BirthForm *>(dialog->entryForm());
        QVERIFY(form);
        // The 氏 and 本籍 of the family are offered; the 生年月日 field has the keyboard.
        QCOMPARE(form->familyNameEdit()->text(), s("山田"));
        QCOMPARE(form->relationshipBox()->currentData().toString(), QStringLiteral("20"));
        QCOMPARE(QApplication::focusWidget(), form->effectiveDateEdit());

        // Enter on an empty form: the client's messages under the fields, nothing sent.
        enter(dialog);
        QVERIFY(!dialog->showsSummary());
        QVERIFY2(form->fieldError("person.givenName").contains(s("入力してください")),
                 qPrintable(form->fieldError("person.givenName")));
        QVERIFY(form->fieldError("effectiveDate").contains(s("日付")));
        // A date in the future is refused before sending.
        type(form->effectiveDateEdit(), QStringLiteral("2099-01-01"));
        enter(dialog);
        QVERIFY(form->fieldError("effectiveDate").contains(s("今日より後")));

        // Tab order: 生年月日 → 届出日 → 氏 → 名 → 氏フリガナ → 名フリガナ → 性別 → 続柄.
        type(form->effectiveDateEdit(), QStringLiteral("5070520"));
        QTest::keyClick(form->effectiveDateEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form->notifiedDateEdit());
        QTest::keyClicks(form->notifiedDateEdit(), QStringLiteral("R7.5.28"));
        QTest::keyClick(form->notifiedDateEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form->familyNameEdit());
        QTest::keyClick(form->familyNameEdit(), Qt::Key_Tab);
        keys(form->givenNameEdit(), s("陽菜"));
        QTest::keyClick(form->givenNameEdit(), Qt::Key_Tab);
        QTest::keyClick(form->familyNameKanaEdit(), Qt::Key_Tab);
        keys(form->givenNameKanaEdit(), s("ヒナ"));
        QTest::keyClick(form->givenNameKanaEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form->sexBox());
        QTest::keyClicks(form->sexBox(), QStringLiteral("2"));
        QCOMPARE(form->sexBox()->currentData().toString(), QStringLiteral("2"));
        type(form->notifierEdit(), s("父　山田　健"));
        QVERIFY(form->fieldError("person.givenName").isEmpty()); // gone once edited
        saveOver(*w, dialog, QStringLiteral("resident-change-birth.png"));

        enter(dialog);
        QVERIFY2(dialog->showsSummary(), qPrintable(dialog->errorText()));
        QVERIFY(dialog->summaryText().contains(s("陽菜")));
        QVERIFY(dialog->summaryText().contains(s("出生")));
        // Esc goes back to the form, Enter shows the summary again, Enter registers.
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Escape);
        QVERIFY(!dialog->showsSummary());
        QVERIFY(dialog->isVisible());
        QVERIFY(confirmAndRegister(page, dialog));

        // 照会 shows the child in the household; the server has her, born 2025-05-20.
        QCOMPARE(page->inquiryWidget()->householdTable()->rowCount(), 3);
        QVERIFY(page->messageText().contains(s("出生")));
        const QJsonArray members = inquiry(f.parties.first())["household"].toObject()["members"].toArray();
        QCOMPARE(members.size(), 3);
        const QJsonObject child = members.last().toObject();
        QCOMPARE(child["name"].toString(), s("山田　陽菜"));
        QCOMPARE(child["birthDate"].toString(), QStringLiteral("2025-05-20"));
        QCOMPARE(child["relationshipCode"].toString(), QStringLiteral("20"));
        const QJsonArray history = inquiry(child["partyNo"].toInteger())["history"].toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0]["change"]["kind"].toString(), QStringLiteral("birth"));
    }

    void serverRefusalLandsUnderItsField()
    {
        const Family f = arrive(
            {test::person(s("小川"), s("誠"), s("オガワ"), s("マコト"), "1985-01-01", "1", "02")});
        auto [w, page] = inquiryOf(f.parties.first());
        QVERIFY(page);
        ChangeDialog *dialog = shortcut(page, QStringLiteral("birth"));
        QVERIFY(dialog);
        auto *form = qobject_cast<BirthForm *>(dialog->entryForm());
        // Not after today on this computer, but after the server's 処理日 (2025-06-02).
        type(form->effectiveDateEdit(), QStringLiteral("2025-06-20"));
        type(form->notifiedDateEdit(), QStringLiteral("2025-06-21"));
        type(form->givenNameEdit(), s("翔"));
        type(form->givenNameKanaEdit(), s("ショウ"));
        form->sexBox()->setCurrentIndex(form->sexBox()->findData("1"));
        enter(dialog);
        QVERIFY(dialog->showsSummary());
        QSignalSpy answered(dialog, &ChangeDialog::answered);
        enter(dialog);
        QVERIFY(answered.wait(20000));
        QVERIFY(!dialog->showsSummary());
        QVERIFY2(form->fieldError("notifiedDate").contains(s("処理日")),
                 qPrintable(form->fieldError("notifiedDate") + dialog->errorText()));
        QCOMPARE(QApplication::focusWidget(), form->notifiedDateEdit());
        QCOMPARE(inquiry(f.parties.first())["household"].toObject()["members"].toArray().size(), 1);
        dialog->reject();
    }

    void deathOfTheHouseholderNamesTheNewOne()
    {
        const Family f = arrive(
            {test::person(s("中村"), s("茂"), s("ナカムラ"), s("シゲル"), "1940-03-03", "1", "02"),
             test::person(s("中村"), s("節子"), s("ナカムラ"), s("セツコ"), "1943-06-06", "2", "12")});
        auto [w, page] = inquiryOf(f.parties.first());
        QVERIFY(page);
        ChangeDialog *dialog = shortcut(page, QStringLiteral("death"));
        QVERIFY(dialog);
        QVERIFY(fits(dialog));
        auto *form = qobject_cast<PersonEndForm *>(dialog->entryForm());
        QVERIFY(form);
        type(form->effectiveDateEdit(), QStringLiteral("5070525"));
        type(form->notifiedDateEdit(), QStringLiteral("5070527"));
        type(form->notifierEdit(), s("妻　中村　節子"));
        // The 世帯主 dies: the client asks for the new one first.
        enter(dialog);
        QVERIFY(!dialog->showsSummary());
        QVERIFY(form->fieldError("relationships").contains(s("世帯主")));
        QCOMPARE(form->others()->count(), 1);
        form->others()->relationshipBox(0)->setFocus();
        QTest::keyClicks(form->others()->relationshipBox(0), QStringLiteral("02"));
        QCOMPARE(form->others()->relationshipBox(0)->currentData().toString(), QStringLiteral("02"));
        QVERIFY(confirmAndRegister(page, dialog));

        QCOMPARE(latest(f.parties[0])["status"].toString(), QStringLiteral("deceased"));
        QCOMPARE(latest(f.parties[1])["relationshipCode"].toString(), QStringLiteral("02"));
        QVERIFY(page->inquiryWidget()->bannerText().contains(s("除票")));
    }

    void householdSplitMergeAndNewHouseholder()
    {
        const Family f = arrive(
            {test::person(s("加藤"), s("修"), s("カトウ"), s("オサム"), "1960-01-10", "1", "02"),
             test::person(s("加藤"), s("恵"), s("カトウ"), s("メグミ"), "1962-02-20", "2", "12"),
             test::person(s("加藤"), s("大輔"), s("カトウ"), s("ダイスケ"), "1990-03-30", "1",
                          "20")});
        auto [w, page] = inquiryOf(f.parties.first());
        QVERIFY(page);

        // 世帯分離: the son forms his own household.
        ChangeDialog *dialog = shortcut(page, QStringLiteral("household-split"));
        QVERIFY(dialog);
        QVERIFY(fits(dialog));
        auto *form = qobject_cast<HouseholdChangeForm *>(dialog->entryForm());
        QVERIFY(form);
        QCOMPARE(form->members()->count(), 3);
        type(form->effectiveDateEdit(), QStringLiteral("5070515"));
        type(form->notifiedDateEdit(), QStringLiteral("5070515"));
        enter(dialog);
        QVERIFY(form->fieldError("partyNos").contains(s("新しい世帯")));
        const int son = form->members()->rowOf(f.parties[2]);
        form->members()->checkBox(son)->setFocus();
        QTest::keyClick(form->members()->checkBox(son), Qt::Key_Space);
        QVERIFY(form->members()->checkBox(son)->isChecked());
        QTest::keyClick(form->members()->checkBox(son), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form->members()->relationshipBox(son));
        QTest::keyClicks(form->members()->relationshipBox(son), QStringLiteral("02"));
        QVERIFY(form->fieldError("partyNos").isEmpty()); // gone once ticked
        saveOver(*w, dialog, QStringLiteral("resident-change-household.png"));
        QVERIFY(confirmAndRegister(page, dialog));
        const qint64 sonHousehold = latest(f.parties[2])["householdNo"].toInteger();
        QVERIFY(sonHousehold != f.householdNo);
        QCOMPARE(latest(f.parties[2])["relationshipCode"].toString(), QStringLiteral("02"));
        QCOMPARE(page->inquiryWidget()->householdTable()->rowCount(), 2);

        // 世帯主変更: the wife becomes 世帯主, the husband her 夫.
        dialog = shortcut(page, QStringLiteral("householder-change"));
        QVERIFY(dialog);
        form = qobject_cast<HouseholdChangeForm *>(dialog->entryForm());
        type(form->effectiveDateEdit(), QStringLiteral("5070520"));
        type(form->notifiedDateEdit(), QStringLiteral("5070520"));
        QVERIFY(form->members()->setNewRelationship(f.parties[1], "02"));
        QVERIFY(form->members()->setNewRelationship(f.parties[0], "11"));
        QVERIFY(confirmAndRegister(page, dialog));
        QCOMPARE(latest(f.parties[1])["relationshipCode"].toString(), QStringLiteral("02"));
        QCOMPARE(latest(f.parties[0])["relationshipCode"].toString(), QStringLiteral("11"));

        // 世帯合併: the son's household joins his parents' again (he is her 子).
        QVERIFY(open(page, f.parties[2]));
        dialog = shortcut(page, QStringLiteral("household-merge"));
        QVERIFY(dialog);
        form = qobject_cast<HouseholdChangeForm *>(dialog->entryForm());
        type(form->effectiveDateEdit(), QStringLiteral("5070601"));
        type(form->notifiedDateEdit(), QStringLiteral("5070601"));
        QSignalSpy target(form, &HouseholdChangeForm::targetLoaded);
        type(form->targetEdit(), QString::number(f.householdNo));
        QTest::keyClick(form->targetEdit(), Qt::Key_Return);
        QVERIFY(target.wait(20000));
        QVERIFY(!dialog->showsSummary()); // Enter in the number reads the household only
        QVERIFY(!form->targetHousehold().isEmpty());
        QVERIFY(form->members()->setNewRelationship(f.parties[2], "20"));
        QVERIFY(confirmAndRegister(page, dialog));
        QCOMPARE(latest(f.parties[2])["householdNo"].toInteger(), f.householdNo);
        QCOMPARE(page->inquiryWidget()->householdTable()->rowCount(), 3);
    }

    void moveOutCancelAndRemovalExOfficio()
    {
        const Family out = arrive(
            {test::person(s("森"), s("拓也"), s("モリ"), s("タクヤ"), "1995-05-05", "1", "02")});
        const test::HttpReply moved = m_kit.resident->change(
            "move-out", {{"effectiveDate", "2025-05-30"}, {"notifiedDate", "2025-05-30"},
                         {"householdNo", out.householdNo},
                         {"householdVersion",
                          inquiry(out.parties[0])["household"].toObject()["version"].toInt()},
                         {"destinationAddress", s("大阪市北区梅田1丁目1番1号")}},
            m_kit.token);
        QVERIFY2(moved.status == 201, moved.body.constData());
        auto [w, page] = inquiryOf(out.parties[0]);
        QVERIFY(page);
        QVERIFY(!page->inquiryWidget()->changeAction("death")->isEnabled());
        ChangeDialog *dialog = shortcut(page, QStringLiteral("move-out-cancel"));
        QVERIFY(dialog);
        auto *cancel = qobject_cast<CancelMoveOutForm *>(dialog->entryForm());
        QCOMPARE(cancel->moveOutBox()->count(), 1);
        QVERIFY(confirmAndRegister(page, dialog));
        QCOMPARE(latest(out.parties[0])["status"].toString(), QStringLiteral("resident"));
        bool superseded = false;
        for (const QJsonValue &h : inquiry(out.parties[0])["history"].toArray())
            superseded = superseded || h["superseded"].toBool();
        QVERIFY(superseded); // the 転出 row stays, marked

        // 職権消除 of the same person: the reason is required.
        dialog = shortcut(page, QStringLiteral("official-removal"));
        QVERIFY(dialog);
        ChangeFormBase *form = dialog->entryForm();
        type(form->effectiveDateEdit(), QStringLiteral("5070601"));
        enter(dialog);
        QVERIFY(form->fieldError("reasonNote").contains(s("理由")));
        type(form->reasonEdit(), s("実態調査により居住の事実なし"));
        QVERIFY(confirmAndRegister(page, dialog));
        QCOMPARE(latest(out.parties[0])["status"].toString(), QStringLiteral("removed"));
    }

    void correctionKeepsTheOldRow()
    {
        const Family f = arrive(
            {test::person(s("石井"), s("太朗"), s("イシイ"), s("タロウ"), "1970-07-07", "1", "02")});
        const qint64 version = inquiry(f.parties[0])["version"].toInteger();
        auto [w, page] = inquiryOf(f.parties[0]);
        QVERIFY(page);
        ChangeDialog *dialog = shortcut(page, QStringLiteral("correction"));
        QVERIFY(dialog);
        QVERIFY(fits(dialog));
        auto *form = qobject_cast<PersonEditForm *>(dialog->entryForm());
        QVERIFY(form);
        QCOMPARE(form->rowBox()->count(), 1);
        QCOMPARE(form->lineItem("givenName")->text(), s("太朗"));
        // Nothing changed: said before sending.
        type(form->reasonEdit(), s("届書の誤読"));
        enter(dialog);
        QVERIFY(!dialog->showsSummary());
        QVERIFY(form->fieldError("fields.familyName").contains(s("変更")));
        type(form->lineItem("givenName"), s("太郎"));
        const QJsonObject body = form->body();
        QCOMPARE(body["fields"].toObject(), QJsonObject({{"givenName", s("太郎")}}));
        QCOMPARE(body["personVersion"].toInteger(), version);
        QCOMPARE(body["historyNo"].toInteger(), 1);
        enter(dialog);
        QVERIFY(dialog->summaryText().contains(s("太朗 → 太郎")));
        QVERIFY(dialog->summaryText().contains(s("石井　太朗"))); // whose record
        QVERIFY(confirmAndRegister(page, dialog));

        const QJsonArray history = inquiry(f.parties[0])["history"].toArray();
        QCOMPARE(history.size(), 2);
        int corrected = 0, live = 0;
        for (const QJsonValue &h : history) {
            if (h["superseded"].toBool() && h["givenName"].toString() == s("太朗"))
                ++corrected;
            if (!h["superseded"].toBool() && h["givenName"].toString() == s("太郎"))
                ++live;
        }
        QCOMPARE(corrected, 1);
        QCOMPARE(live, 1);
        QCOMPARE(page->inquiryWidget()->historyTable()->rowCount(), 2);
        QCOMPARE(latest(f.parties[0])["givenName"].toString(), s("太郎"));
    }

    void officialCorrectionOfTheAddress()
    {
        const Family f = arrive(
            {test::person(s("岡田"), s("直子"), s("オカダ"), s("ナオコ"), "1980-10-10", "2", "02")});
        auto [w, page] = inquiryOf(f.parties[0]);
        QVERIFY(page);
        ChangeDialog *dialog = shortcut(page, QStringLiteral("official-correction"));
        QVERIFY(dialog);
        auto *form = qobject_cast<PersonEditForm *>(dialog->entryForm());
        type(form->effectiveDateEdit(), QStringLiteral("5070510"));
        type(form->lineItem("addressNumber"), QStringLiteral("88-8"));
        type(form->reasonEdit(), s("住居表示の誤り"));
        QVERIFY(form->body().contains("address"));
        QVERIFY(confirmAndRegister(page, dialog));
        QCOMPARE(latest(f.parties[0])["addressNumber"].toString(), QStringLiteral("88-8"));
        QCOMPARE(inquiry(f.parties[0])["history"].toArray().size(), 2);
        QVERIFY(page->inquiryWidget()->itemText("address").contains(QStringLiteral("88-8")));
    }

    void foreignResidentItems()
    {
        QJsonObject p = test::person("GARCIA", "MARIA", s("ガルシア"), s("マリア"), "1994-04-04",
                                     "2", "02");
        p.insert("residentKind", "foreign");
        p.insert("nationality", s("ブラジル"));
        p.insert("article30_45Class", "1");
        p.insert("residenceStatus", s("定住者"));
        p.insert("periodOfStay", s("1年"));
        p.insert("stayExpiryDate", "2026-03-31");
        const Family f = arrive({p}, QStringLiteral("official-entry"));
        QVERIFY(!f.parties.isEmpty());
        auto [w, page] = inquiryOf(f.parties[0]);
        QVERIFY(page);
        ChangeDialog *dialog = shortcut(page, QStringLiteral("foreign-resident-update"));
        QVERIFY(dialog);
        QVERIFY(fits(dialog));
        auto *form = qobject_cast<PersonEditForm *>(dialog->entryForm());
        QVERIFY(!form->item("familyName")); // only the 在留 items
        type(form->effectiveDateEdit(), QStringLiteral("5070515"));
        // A 満了日 before the 異動日: the server's message under 在留期間の満了日.
        type(form->lineItem("stayExpiryDate"), QStringLiteral("R7.5.1"));
        enter(dialog);
        QVERIFY(dialog->showsSummary());
        QSignalSpy answered(dialog, &ChangeDialog::answered);
        enter(dialog);
        QVERIFY(answered.wait(20000));
        QVERIFY2(form->fieldError("fields.stayExpiryDate").contains(s("満了")),
                 qPrintable(form->fieldError("fields.stayExpiryDate") + dialog->errorText()));

        type(form->lineItem("stayExpiryDate"), QStringLiteral("2028-03-31"));
        type(form->lineItem("periodOfStay"), s("3年"));
        QVERIFY(confirmAndRegister(page, dialog));
        const QJsonObject now = latest(f.parties[0]);
        QCOMPARE(now["stayExpiryDate"].toString(), QStringLiteral("2028-03-31"));
        QCOMPARE(now["periodOfStay"].toString(), s("3年"));
        QCOMPARE(now["residenceStatus"].toString(), s("定住者"));
    }

    void conflictShowsTheMessageAndReloads()
    {
        const Family f = arrive(
            {test::person(s("西村"), s("学"), s("ニシムラ"), s("マナブ"), "1975-05-15", "1", "02"),
             test::person(s("西村"), s("舞"), s("ニシムラ"), s("マイ"), "1977-07-17", "2", "12")});
        auto [w, page] = inquiryOf(f.parties[0]);
        QVERIFY(page);
        ChangeDialog *dialog = shortcut(page, QStringLiteral("householder-change"));
        QVERIFY(dialog);
        // Another counter registers a birth in the household first.
        const test::HttpReply other = m_kit.resident->change(
            "birth", {{"effectiveDate", "2025-05-30"}, {"notifiedDate", "2025-06-01"},
                      {"householdNo", f.householdNo},
                      {"householdVersion", page->inquiryWidget()->inquiry()["household"].toObject()["version"]},
                      {"person", test::person(s("西村"), s("蓮"), s("ニシムラ"), s("レン"),
                                              "2025-05-30", "1", "20")}},
            m_kit.token);
        QVERIFY2(other.status == 201, other.body.constData());
        auto *form = qobject_cast<HouseholdChangeForm *>(dialog->entryForm());
        type(form->effectiveDateEdit(), QStringLiteral("5070601"));
        type(form->notifiedDateEdit(), QStringLiteral("5070601"));
        QVERIFY(form->members()->setNewRelationship(f.parties[1], "02"));
        QVERIFY(form->members()->setNewRelationship(f.parties[0], "11"));
        enter(dialog);
        QVERIFY(dialog->showsSummary());
        QSignalSpy answered(dialog, &ChangeDialog::answered);
        enter(dialog);
        QVERIFY(answered.wait(20000));
        QVERIFY(test::conflictReloads(dialog, page));
        QCOMPARE(page->inquiryWidget()->householdTable()->rowCount(), 3); // the new child
        QCOMPARE(latest(f.parties[0])["relationshipCode"].toString(), QStringLiteral("02"));
    }

    void arrivalsFromTheirShortcuts()
    {
        MainWindow w(&m_api, nullptr);
        ResidentPage *page = openPage(w);
        // 国外からの転入: Ctrl+Shift+A anywhere in the area.
        QWidget *query = page->searchWidget()->queryEdit();
        query->setFocus();
        QCOMPARE(QApplication::focusWidget(), query);
        QTest::keyClick(query, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        ChangeDialog *dialog = openDialog(page, QStringLiteral("move-in-abroad"));
        QVERIFY(dialog);
        QSignalSpy codes(dialog, &ChangeDialog::codesLoaded);
        QVERIFY(codes.wait(20000));
        QVERIFY(fits(dialog));
        ChangeForm *form = dialog->form();
        type(form->effectiveDateEdit(), QStringLiteral("5070501"));
        type(form->notifiedDateEdit(), QStringLiteral("5070502"));
        form->townAreaBox()->setCurrentIndex(form->townAreaBox()->findData("0002"));
        type(form->addressNumberEdit(), QStringLiteral("4-4"));
        type(form->previousAddressEdit(), s("アメリカ合衆国"));
        const QStringList values{s("青木"), s("玲"), s("アオキ"), s("レイ"), "1999-09-09", "2",
                                 "02"};
        for (int c = 0; c < values.size(); ++c)
            form->personsTable()->setItem(0, c, new QTableWidgetItem(values[c]));
        QVERIFY(confirmAndRegister(page, dialog));
        const qint64 party = page->inquiryWidget()->partyNo();
        const QJsonObject answer = inquiry(party);
        QCOMPARE(answer["history"][0]["change"]["kind"].toString(), QStringLiteral("move_in_abroad"));
        QCOMPARE(answer["latest"]["previousAddress"].toString(), s("アメリカ合衆国"));

        // 特例転入 asks for 個人番号 in its table; 職権記載 for the reason and no 届出日.
        for (const auto &[key, kind] : {std::pair{Qt::Key_T, "move-in-special"},
                                        std::pair{Qt::Key_N, "official-entry"}}) {
            QApplication::setActiveWindow(&w);
            page->inquiryWidget()->dateEdit()->setFocus();
            QTest::keyClick(page->inquiryWidget()->dateEdit(), key,
                            Qt::ControlModifier | Qt::ShiftModifier);
            ChangeDialog *d = openDialog(page, QLatin1String(kind));
            QVERIFY(d);
            QSignalSpy loaded(d, &ChangeDialog::codesLoaded);
            QVERIFY(loaded.wait(20000));
            QVERIFY(fits(d));
            if (d->kind() == QLatin1String("move-in-special")) {
                QCOMPARE(d->form()->personsTable()->columnCount(), 8);
                d->reject();
                continue;
            }
            // 職権記載 of a person found living in the town without a notification.
            ChangeForm *entry = d->form();
            QVERIFY(!entry->notifiedDateEdit());
            type(entry->effectiveDateEdit(), QStringLiteral("R7.5.12"));
            enter(d);
            QVERIFY(entry->fieldError("reasonNote").contains(s("理由")));
            type(entry->reasonEdit(), s("実態調査により居住を確認"));
            entry->townAreaBox()->setCurrentIndex(entry->townAreaBox()->findData("0003"));
            type(entry->addressNumberEdit(), QStringLiteral("2-2"));
            const QStringList person{s("藤井"), s("聡"), s("フジイ"), s("サトシ"), "1980-01-20",
                                     "1", "02"};
            for (int c = 0; c < person.size(); ++c)
                entry->personsTable()->setItem(0, c, new QTableWidgetItem(person[c]));
            QVERIFY(confirmAndRegister(page, d));
            const QJsonObject found = inquiry(page->inquiryWidget()->partyNo());
            QCOMPARE(found["latest"].toObject()["name"].toString(), s("藤井　聡"));
            const QJsonObject change = found["history"][0].toObject()["change"].toObject();
            QCOMPARE(change["kind"].toString(), QStringLiteral("official_entry"));
            QVERIFY(change["notificationNo"].isNull()); // no 届出
        }
    }

    void everyDialogFits()
    {
        const Family f = arrive(
            {test::person(s("松本"), s("潤"), s("マツモト"), s("ジュン"), "1983-08-30", "1", "02"),
             test::person(s("松本"), s("優"), s("マツモト"), s("ユウ"), "1985-12-01", "2", "12")});
        auto [w, page] = inquiryOf(f.parties[0]);
        QVERIFY(page);
        const int before = int(inquiry(f.parties[0])["history"].toArray().size());
        for (const QString &kind : ChangeDialog::kinds()) {
            ChangeDialog *dialog = page->openChange(kind);
            QSignalSpy codes(dialog, &ChangeDialog::codesLoaded);
            QVERIFY(codes.wait(20000));
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY2(fits(dialog), qPrintable(kind));
            QVERIFY2(!dialog->windowTitle().contains(kind), qPrintable(dialog->windowTitle()));
            // Esc on the form cancels: nothing sent, the dialog closes.
            QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Escape);
            QVERIFY2(!dialog->isVisible(), qPrintable(kind));
        }
        QCOMPARE(inquiry(f.parties[0])["history"].toArray().size(), before);
    }
};

QTEST_MAIN(ChangeDialogsTest)
#include "changedialogs_test.moc"
