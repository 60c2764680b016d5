// What the tests of the 住民記録 screens share: a TestServer whose 処理日 is 2025-06-02, a counter
// clerk with resident:view, resident:update and resident:issue (a counter clerk) signed in through the client's ApiClient, the
// resident area opened in a 1024×768 main window, 照会 of a person, the 1024×768 check and the
// screenshot folder ($KIKAN_SCREENSHOT_DIR, else the build tree).
#pragma once

#include "client/app/clientsettings.h"
#include "client/app/mainwindow.h"
#include "client/net/apiclient.h"
#include "client/resident/changedialog.h"
#include "client/resident/residentinquirywidget.h"
#include "client/resident/residentpage.h"
#include "tests/server/resident/residenttestkit.h"
#include "tests/support/testenv.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace kikan::test {

struct ResidentClientKit {
    std::unique_ptr<TestServer> server;
    std::unique_ptr<ResidentApi> resident;
    QString token;
    client::ApiClient api;

    // Starts the server and signs `login` in; false on failure.
    bool start(const QString &login, const QString &displayName)
    {
        if (!client::installLanguage(QStringLiteral("ja")))
            return false;
        server = std::make_unique<TestServer>();
        setClock(*server, QDateTime(QDate(2025, 6, 2), QTime(1, 0), Qt::UTC));
        resident = std::make_unique<ResidentApi>(*server);
        const QStringList rights{"resident:view", "resident:update", "resident:issue"};
        token = staffWithRights(*server, login, rights);
        client::StaffUser user;
        user.loginId = login;
        user.displayName = displayName;
        for (const QString &r : rights)
            user.rights.insert(r);
        if (token.isEmpty()
            || !api.setServer(QUrl(QStringLiteral("https://localhost:%1").arg(server->port())),
                              server->caFile()).isEmpty())
            return false;
        api.setSession(token.toUtf8(), user);
        return true;
    }
};

inline client::ResidentPage *openResidentPage(client::MainWindow &w)
{
    w.showUser();
    if (!w.openArea(QStringLiteral("resident")))
        return nullptr;
    w.resize(1024, 768);
    w.show();
    QApplication::setActiveWindow(&w); // keyboard shortcuts need the active window
    return qobject_cast<client::ResidentPage *>(w.currentPage());
}

inline bool openPerson(client::ResidentPage *page, qint64 partyNo)
{
    QSignalSpy loaded(page->inquiryWidget(), &client::ResidentInquiryWidget::loaded);
    page->openPerson(partyNo);
    return loaded.wait(20000);
}

// Names the widgets that make a window too wide: from the window down, the child that asks for
// the most width, and the children of the last one (a row whose widths add up).
inline void explainWidth(QWidget *w)
{
    QWidget *at = w;
    for (;;) {
        QWidget *widest = nullptr;
        for (QWidget *c : at->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!c->isVisibleTo(w))
                continue;
            if (!widest || c->minimumSizeHint().width() > widest->minimumSizeHint().width())
                widest = c;
        }
        if (!widest || widest->minimumSizeHint().width() < at->minimumSizeHint().width() * 3 / 4)
            break;
        at = widest;
        qWarning("  %s %s: min width %d", at->metaObject()->className(),
                 qPrintable(at->objectName()), at->minimumSizeHint().width());
    }
    for (QWidget *c : at->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (c->isVisibleTo(w))
            qWarning("    %s %s: min width %d", c->metaObject()->className(),
                     qPrintable(c->objectName()), c->minimumSizeHint().width());
    }
}

// Whether a window or dialog (its minimum and its shown size) fits the 1024×768 screen; when it
// is too wide, explainWidth says why.
inline bool fitsScreen(QWidget *w)
{
    const QSize m = w->minimumSizeHint();
    const QSize f = w->size();
    const bool ok = m.width() <= 1024 && m.height() <= 768 && f.width() <= 1024
                    && f.height() <= 768;
    if (!ok) {
        qWarning("%s %s: min %dx%d, shown %dx%d", w->metaObject()->className(),
                 qPrintable(w->windowTitle()), m.width(), m.height(), f.width(), f.height());
        if (m.width() > 1024)
            explainWidth(w);
    }
    return ok;
}

// After a submit another counter overtook: the 409 message in Japanese, the reload button, and
// 照会 read again when it is pressed.
inline bool conflictReloads(client::ChangeDialog *dialog, client::ResidentPage *page)
{
    if (!dialog->errorText().contains(QString::fromUtf8("他の端末で先に更新されました"))
        || !dialog->reloadButton()->isVisible()) {
        qWarning("no conflict shown: %s", qPrintable(dialog->errorText()));
        return false;
    }
    QSignalSpy loaded(page->inquiryWidget(), &client::ResidentInquiryWidget::loaded);
    dialog->reloadButton()->click();
    return loaded.wait(20000);
}

// A dialog over the main window as staff see it, for the screenshots: the offscreen platform
// draws no window frames, so a title bar and a shadow are painted the way the desktop shows a
// modal dialog, and the window behind is dimmed.
inline QImage dialogOverWindow(QWidget &window, QWidget &dialog)
{
    QTest::qWait(100);
    QImage image = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QImage d = dialog.grab().toImage();
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
    QFont f = dialog.font();
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(bar.adjusted(10, 0, -10, 0), Qt::AlignVCenter | Qt::AlignLeft,
               dialog.windowTitle());
    p.drawImage(at, d);
    p.setPen(QColor(0x2f, 0x4f, 0x7a));
    p.drawRect(QRect(bar.topLeft(), QSize(d.width() - 1, d.height() + title - 1)));
    return image;
}

inline QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("KIKAN_SCREENSHOT_DIR",
                                             binaryDir() + QStringLiteral("/screenshots"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace kikan::test
