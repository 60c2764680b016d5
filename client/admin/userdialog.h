// 職員の登録・編集: login ID and first password (new users only), display name and groups.
// Editing sends the version read, so a change made meanwhile at another terminal is refused (409).
#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QListWidget;

namespace kikan::client {

class ApiClient;

class UserDialog : public QDialog
{
    Q_OBJECT
public:
    // user: empty to create a new one.
    UserDialog(ApiClient *api, const QJsonArray &groups, const QJsonObject &user,
               QWidget *parent = nullptr);

private:
    void submit();

    ApiClient *m_api;
    QJsonObject m_user;
    QLineEdit *m_loginId;
    QLineEdit *m_displayName;
    QLineEdit *m_password = nullptr;
    QListWidget *m_groups;
    QLabel *m_error;
};

} // namespace kikan::client
