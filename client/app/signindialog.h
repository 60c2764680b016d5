// サインイン: the staff ID card (IC card + PIN) or, when the server allows it, ID + password.
// Also used to sign the same staff member in again after the session expired; the screens behind
// it keep their state and the held requests are sent again (see ApiClient).
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace kikan::client {

class ApiClient;
class CardReader;
struct ApiError;
struct StaffUser;

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // reader may be null (no card reader on this terminal).
    SignInDialog(ApiClient *api, CardReader *reader, QWidget *parent = nullptr);

    // Signs the given staff member in again: their ID is fixed, the reason is shown.
    void setReauthentication(const StaffUser &user, const QString &reason);
    // Asks the server whether ID + password sign-in is allowed (GET /auth/options).
    void loadOptions();
    void setPasswordSignInAllowed(bool allowed);
    bool isPasswordSignInAllowed() const { return m_passwordAllowed; }

    QString cardId() const { return m_cardId; }

Q_SIGNALS:
    void settingsRequested();

private:
    QWidget *buildCardTab();
    QWidget *buildPasswordTab();
    void focusFirstField();
    void onCardPresented(const QString &cardId);
    void onCardRemoved();
    void submit();
    void showError(const QString &message);
    void setBusy(bool busy);

    ApiClient *m_api;
    QTabWidget *m_tabs;
    QLabel *m_intro;
    QLabel *m_cardState;
    QLineEdit *m_pin;
    QLineEdit *m_loginId;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
    QWidget *m_passwordTab;
    QString m_cardId;
    QString m_fixedLoginId;
    bool m_passwordAllowed = false;
};

} // namespace kikan::client
