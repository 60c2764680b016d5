// パスワードの変更: asked right after a sign-in with a temporary password (one an administrator
// set), and available from the File menu. The server refuses everything else until it is done.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kikan::client {

class ApiClient;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // firstSignIn: explains that the password was temporary.
    ChangePasswordDialog(ApiClient *api, bool firstSignIn, QWidget *parent = nullptr);

private:
    void submit();

    ApiClient *m_api;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace kikan::client
