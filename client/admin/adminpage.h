// システム管理 (admin:administer): the tabs for staff users, groups and the sign-in settings.
#pragma once

#include <QWidget>

class QCheckBox;
class QTabWidget;

namespace kikan::client {

class ApiClient;
class CardReader;
class GroupsPage;
class UsersPage;

class AdminPage : public QWidget
{
    Q_OBJECT
public:
    AdminPage(ApiClient *api, CardReader *reader, QWidget *parent = nullptr);

    UsersPage *usersPage() const { return m_users; }
    GroupsPage *groupsPage() const { return m_groups; }

private:
    QWidget *buildSettingsTab();
    void loadSettings();
    void saveSettings();

    ApiClient *m_api;
    QTabWidget *m_tabs;
    UsersPage *m_users;
    GroupsPage *m_groups;
    QCheckBox *m_passwordSignIn;
};

} // namespace kikan::client
