// 職員の管理: the list of staff users and what an administrator does to them (create, edit display
// name and groups, disable/enable, unlock, reset password, bind/revoke staff ID cards).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kikan::client {

class ApiClient;
class ApiReply;
class CardReader;

class UsersPage : public QWidget
{
    Q_OBJECT
public:
    UsersPage(ApiClient *api, CardReader *reader, QWidget *parent = nullptr);

    void reload();
    // Shows lists as answered by GET /admin/users and GET /admin/groups.
    void showUsers(const QJsonArray &users, const QJsonArray &groups);
    QTableWidget *table() const { return m_table; }

private:
    QJsonObject selectedUser() const;
    void updateButtons();
    void createUser();
    void editUser();
    void toggleDisabled();
    void unlock();
    void resetPassword();
    void bindCard();
    void revokeCard();
    // Runs a request about the selected user; on success shows done and reloads.
    void act(ApiReply *reply, const QString &done);

    ApiClient *m_api;
    CardReader *m_reader;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_edit;
    QPushButton *m_disable;
    QPushButton *m_unlock;
    QPushButton *m_reset;
    QPushButton *m_bind;
    QPushButton *m_revoke;
    QJsonArray m_users;
    QJsonArray m_groups;
};

} // namespace kikan::client
