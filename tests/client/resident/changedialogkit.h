// What the tests of the 異動 dialogs share (changedialogs_test.cpp: 出生, 死亡, 世帯変更, 転出取消,
// 職権消除; changecorrections_test.cpp: 訂正, 職権修正, 外国人住民, conflicts, arrivals, sizes): a
// TestServer with a signed-in clerk (residentclientkit.h), households moved in over the API, the
// 照会 of a person in a 1024×768 main window, a kind's dialog opened by its shortcut, typing as the
// keyboard does, Enter for the summary and Enter to register, and the screenshots.
#pragma once

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

namespace kikan::test {

using namespace kikan::client;

inline QString s(const char *utf8) { return QString::fromUtf8(utf8); }
inline const QString kDate = QStringLiteral("2025-04-01");

struct Family {
    qint64 householdNo = 0;
    QList<qint64> parties;
};

// The kit and the helpers of the tests (ChangeDialogTestCase below adds QObject and the fixture).
class ChangeDialogDriver
{
protected:
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
    // The dialog over the main window, saved as docs/screenshots/<name> (test::screenshotDir).
    static void saveOver(MainWindow &w, ChangeDialog *dialog, const QString &name)
    {
        const QImage image = test::dialogOverWindow(w, *dialog);
        QVERIFY(image.width() <= 1024 && image.height() <= 768);
        QVERIFY(image.save(test::screenshotDir() + QLatin1Char('/') + name));
    }

};

// The test classes' base: the kit started for the clerk 窓口 次郎 before their tests, stopped after.
class ChangeDialogTestCase : public QObject, public ChangeDialogDriver
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_kit.start(QStringLiteral("madoguchi02"), s("窓口 次郎")));
    }
    void cleanupTestCase() { m_kit.server.reset(); }
};

} // namespace kikan::test
