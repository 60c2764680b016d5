// MainWindow: layout, navigation by rights, and the sign-in life cycle.
#include "mainwindow.h"

#include "changepassworddialog.h"
#include "aboutdialog.h"
#include "areapage.h"
#include "settingsdialog.h"
#include "signindialog.h"

#include "client/module/areas.h"
#include "client/net/apiclient.h"
#include "client/printing/printoffsetdialog.h"
#include "client/mass_printing/massprintdialog.h"
#include "client/printing/groupprofiles.h"
#include "client/verification/verificationdialog.h"
#include "shared/api/operations/paths.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <optional>

namespace kikan::client {

namespace {
constexpr int kAreaRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(ApiClient *api, CardReader *reader, const QList<AreaEntry> &modules,
                       QWidget *parent)
    : QMainWindow(parent), m_api(api), m_reader(reader), m_modules(modules)
{
    setWindowTitle(tr("Kikan"));
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(210);
    m_stack = new QStackedWidget(this);
    m_home = new QLabel(tr("Choose an area on the left."), this);
    static_cast<QLabel *>(m_home)->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_home);
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    m_testBanner = new QLabel(tr("Test environment: not real residents' data"), this);
    m_testBanner->setObjectName(QStringLiteral("testEnvironmentBanner"));
    m_testBanner->setAlignment(Qt::AlignCenter);
    m_testBanner->setStyleSheet(QStringLiteral(
        "background: #c2410c; color: white; font-weight: bold; padding: 4px;"));
    m_testBanner->hide();
    outer->addWidget(m_testBanner);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            openArea(item->data(kAreaRole).toString());
    });

    m_userLabel = new QLabel(this);
    m_serverLabel = new QLabel(this);
    auto *signOut = new QPushButton(tr("Sign out"), this);
    connect(signOut, &QPushButton::clicked, m_api, &ApiClient::signOut);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_serverLabel, 1);
    statusBar()->addPermanentWidget(signOut);
    buildMenus();

    connect(m_api, &ApiClient::sessionExpired, this, &MainWindow::onSessionExpired);
    // A terminal without printer profiles takes its group's default set (docs/printing.md).
    connect(m_api, &ApiClient::signedIn, this, [this] { adoptGroupProfiles(m_api, this); });
    connect(m_api, &ApiClient::signedOut, this, &MainWindow::onSignedOut, Qt::QueuedConnection);
    resize(1024, 740);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Change &password..."), this, [this] {
        if (ChangePasswordDialog(m_api, /*firstSignIn=*/false, this).exec() == QDialog::Accepted)
            m_api->passwordChanged();
    });
    file->addAction(tr("Sign &out"), m_api, &ApiClient::signOut);
    file->addSeparator();
    file->addAction(tr("E&xit"), qApp, &QApplication::closeAllWindows);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("Print &position adjustment..."), this, [this] {
        PrintOffsetDialog dialog(this);
        dialog.exec();
    });
    tools->addAction(tr("&Verify a certificate..."), this, [this] {
        VerificationDialog dialog(m_api, this);
        dialog.exec();
    });
    tools->addAction(tr("&Mass printing..."), this, [this] {
        MassPrintDialog dialog(m_api, this);
        dialog.exec();
    });
    tools->addAction(tr("&Settings..."), this, &MainWindow::openSettings);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Kikan"), this, &MainWindow::openAbout);
}

bool MainWindow::signIn()
{
    m_inSignIn = true;
    SignInDialog dialog(m_api, m_reader, isVisible() ? this : nullptr);
    connect(&dialog, &SignInDialog::settingsRequested, this, &MainWindow::openSettings);
    dialog.loadOptions();
    const bool ok = dialog.exec() == QDialog::Accepted;
    m_inSignIn = false;
    if (ok)
        showUser();
    return ok;
}

void MainWindow::showUser()
{
    const StaffUser &user = m_api->user();
    if (user.loginId != m_shownLoginId)
        clearPages();
    m_shownLoginId = user.loginId;
    m_nav->blockSignals(true);
    m_nav->clear();
    std::optional<AreaInfo::Kind> section;
    for (const AreaInfo &a : permittedAreas(user)) {
        if (a.kind != section) {
            addSectionHeading(a.kind == AreaInfo::Kind::Business ? tr("Business areas")
                              : a.kind == AreaInfo::Kind::Common ? tr("Common functions")
                                                                 : tr("Administration"));
            section = a.kind;
        }
        auto *item = new QListWidgetItem(QStringLiteral("  ") + a.name(), m_nav);
        item->setData(kAreaRole, a.code);
    }
    m_nav->blockSignals(false);
    m_userLabel->setText(tr("Staff: %1 (%2)").arg(user.displayName, user.loginId));
    m_serverLabel->setText(tr("Server: %1").arg(m_api->serverUrl().toString()));
    ApiReply *environment = m_api->get(QString::fromLatin1(api::path::OperationsEnvironment));
    connect(environment, &ApiReply::finished, this, [this, environment] {
        m_testBanner->setVisible(environment->ok()
                                 && environment->json().value(QStringLiteral("environment"))
                                        == QLatin1String("test"));
    });
}

void MainWindow::addSectionHeading(const QString &text)
{
    auto *h = new QListWidgetItem(text, m_nav);
    h->setFlags(Qt::ItemIsEnabled); // a heading: not selectable, not greyed
    QFont f = h->font();
    f.setBold(true);
    h->setFont(f);
}

QStringList MainWindow::navigationAreas() const
{
    QStringList out;
    for (int i = 0; i < m_nav->count(); ++i) {
        const QString code = m_nav->item(i)->data(kAreaRole).toString();
        if (!code.isEmpty())
            out << code;
    }
    return out;
}

bool MainWindow::openArea(const QString &code)
{
    if (!m_api->user().hasAnyIn(code))
        return false;
    QWidget *page = m_pages.value(code);
    if (!page) {
        page = createPage(code);
        m_pages.insert(code, page);
        m_stack->addWidget(page);
    }
    m_stack->setCurrentWidget(page);
    for (int i = 0; i < m_nav->count(); ++i) {
        if (m_nav->item(i)->data(kAreaRole).toString() == code && m_nav->currentRow() != i) {
            m_nav->blockSignals(true);
            m_nav->setCurrentRow(i);
            m_nav->blockSignals(false);
        }
    }
    return true;
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

QWidget *MainWindow::createPage(const QString &code)
{
    const StaffUser &user = m_api->user();
    for (const AreaEntry &entry : std::as_const(m_modules)) {
        if (entry.area == code && user.has(code, entry.action))
            return entry.createPage({m_api, m_reader, this});
    }
    return new AreaPage(code, user, this);
}

void MainWindow::clearPages()
{
    // Nothing the previous staff member saw stays in memory for the next one.
    m_stack->setCurrentWidget(m_home);
    for (QWidget *page : std::as_const(m_pages)) {
        m_stack->removeWidget(page);
        page->deleteLater();
    }
    m_pages.clear();
}

void MainWindow::onSessionExpired(const ApiError &error)
{
    SignInDialog dialog(m_api, m_reader, this);
    dialog.setReauthentication(m_api->user(), error.title);
    connect(&dialog, &SignInDialog::settingsRequested, this, &MainWindow::openSettings);
    dialog.loadOptions();
    if (dialog.exec() == QDialog::Accepted) {
        if (m_api->user().loginId != m_shownLoginId)
            showUser();
        return;
    }
    m_api->abandonReauthentication();
}

void MainWindow::onSignedOut()
{
    if (m_inSignIn || m_api->isSignedIn())
        return;
    clearPages();
    m_shownLoginId.clear();
    m_nav->clear();
    hide();
    if (signIn())
        show();
    else
        qApp->quit();
}

void MainWindow::openSettings()
{
    const ClientSettings old = ClientSettings::load();
    SettingsDialog dialog(old, QApplication::activeWindow());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ClientSettings s = dialog.settings();
    s.save();
    const QString problem = m_api->setServer(s.serverUrl, s.caFile);
    if (!problem.isEmpty())
        QMessageBox::warning(QApplication::activeWindow(), tr("Settings"), problem);
    if (s.language != old.language)
        QMessageBox::information(QApplication::activeWindow(), tr("Settings"),
                                 tr("The new language is used from the next start."));
    m_serverLabel->setText(tr("Server: %1").arg(m_api->serverUrl().toString()));
}

void MainWindow::openAbout()
{
    AboutDialog(m_api->serverUrl().toString(), this).exec();
}

} // namespace kikan::client
