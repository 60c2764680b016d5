// AdminPage: tabs; the sign-in settings tab reads and writes GET/PUT /admin/settings.
#include "adminpage.h"

#include "groupspage.h"
#include "userspage.h"

#include "client/net/apiclient.h"
#include "shared/api/endpoints.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kikan::client {

AdminPage::AdminPage(ApiClient *api, CardReader *reader, QWidget *parent)
    : QWidget(parent), m_api(api)
{
    m_tabs = new QTabWidget(this);
    m_users = new UsersPage(api, reader, this);
    m_groups = new GroupsPage(api, this);
    m_tabs->addTab(m_users, tr("Staff users"));
    m_tabs->addTab(m_groups, tr("Groups and rights"));
    m_tabs->addTab(buildSettingsTab(), tr("Sign-in settings"));
    connect(m_groups, &GroupsPage::groupsChanged, m_users, &UsersPage::reload);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_users->reload();
    m_groups->reload();
    loadSettings();
}

QWidget *AdminPage::buildSettingsTab()
{
    auto *page = new QWidget(this);
    m_passwordSignIn = new QCheckBox(tr("Allow sign-in with staff ID and password"), page);
    auto *note = new QLabel(tr("When this is off, staff sign in only with their staff ID card "
                               "and PIN."),
                            page);
    note->setWordWrap(true);
    auto *save = new QPushButton(tr("Save"), page);
    connect(save, &QPushButton::clicked, this, &AdminPage::saveSettings);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_passwordSignIn);
    layout->addWidget(note);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addStretch();
    return page;
}

void AdminPage::loadSettings()
{
    ApiReply *r = m_api->get(QString::fromLatin1(api::path::AdminSettings));
    connect(r, &ApiReply::finished, this, [this, r] {
        if (r->ok())
            m_passwordSignIn->setChecked(
                r->json().value(QStringLiteral("passwordSignIn")).toBool());
    });
}

void AdminPage::saveSettings()
{
    ApiReply *r = m_api->put(QString::fromLatin1(api::path::AdminSettings),
                             {{QStringLiteral("passwordSignIn"), m_passwordSignIn->isChecked()}});
    connect(r, &ApiReply::finished, this, [this, r] {
        if (r->ok())
            QMessageBox::information(this, tr("Sign-in settings"), tr("Saved."));
        else
            QMessageBox::warning(this, tr("Sign-in settings"), r->error().message());
    });
}

} // namespace kikan::client
