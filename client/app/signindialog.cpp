// SignInDialog: card tab first (the usual way at the counter), password tab only when allowed.
#include "signindialog.h"

#include "buttons.h"
#include "changepassworddialog.h"

#include "client/devices/cardreader.h"
#include "client/net/apiclient.h"

#include "shared/api/endpoints.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kikan::client {

SignInDialog::SignInDialog(ApiClient *api, CardReader *reader, QWidget *parent)
    : QDialog(parent), m_api(api)
{
    setWindowTitle(tr("Kikan - Sign in"));
    m_intro = new QLabel(tr("Sign in to Kikan with your staff ID card."), this);
    m_intro->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildCardTab(), tr("Staff ID card"));
    m_passwordTab = buildPasswordTab();
    m_tabs->addTab(m_passwordTab, tr("ID and password"));
    setPasswordSignInAllowed(false);
    // Ctrl+Tab to the other way of signing in puts the cursor where typing starts.
    connect(m_tabs, &QTabWidget::currentChanged, this, &SignInDialog::focusFirstField);

    m_error = makeErrorLabel(this);

    auto *buttons = new QDialogButtonBox(this);

    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    translateButtons(buttons);
    QPushButton *settings = buttons->addButton(tr("Settings..."), QDialogButtonBox::ResetRole);
    settings->setAutoDefault(false);
    connect(settings, &QPushButton::clicked, this, &SignInDialog::settingsRequested);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    if (reader) {
        connect(reader, &CardReader::cardPresented, this, &SignInDialog::onCardPresented);
        connect(reader, &CardReader::cardRemoved, this, &SignInDialog::onCardRemoved);
        connect(reader, &CardReader::failed, this, &SignInDialog::showError);
    }
}

QWidget *SignInDialog::buildCardTab()
{
    auto *page = new QWidget(this);
    auto *prompt = new QLabel(tr("Hold your staff ID card over the card reader."), page);
    prompt->setWordWrap(true);
    QFont big = prompt->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    prompt->setFont(big);
    m_cardState = new QLabel(tr("No card has been read yet."), page);
    m_cardState->setWordWrap(true);
    m_pin = new QLineEdit(page);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(16);
    m_pin->setObjectName(QStringLiteral("pin"));
    auto *form = new QFormLayout;
    form->addRow(tr("PIN:"), m_pin);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(prompt);
    layout->addWidget(m_cardState);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWidget *SignInDialog::buildPasswordTab()
{
    auto *page = new QWidget(this);
    m_loginId = new QLineEdit(page);
    m_loginId->setObjectName(QStringLiteral("loginId"));
    m_password = new QLineEdit(page);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Staff ID:"), m_loginId);
    form->addRow(tr("Password:"), m_password);
    return page;
}

void SignInDialog::setReauthentication(const StaffUser &user, const QString &reason)
{
    setWindowTitle(tr("Kikan - Sign in again"));
    m_intro->setText(tr("%1\nSign in again as %2 (%3) to continue. The screen you were "
                        "working on stays as it was.")
                         .arg(reason, user.displayName, user.loginId));
    m_fixedLoginId = user.loginId;
    m_loginId->setText(user.loginId);
    m_loginId->setReadOnly(true);
    m_password->clear();
    m_pin->clear();
}

void SignInDialog::loadOptions()
{
    ApiReply *r = m_api->get(QString::fromLatin1(api::path::AuthOptions));
    connect(r, &ApiReply::finished, this, [this, r] {
        if (!r->ok()) {
            showError(r->error().message());
            return;
        }
        setPasswordSignInAllowed(r->json().value(QStringLiteral("passwordSignIn")).toBool());
    });
}

void SignInDialog::setPasswordSignInAllowed(bool allowed)
{
    m_passwordAllowed = allowed;
    m_tabs->setTabVisible(m_tabs->indexOf(m_passwordTab), allowed);
    if (!allowed)
        m_tabs->setCurrentIndex(0);
}

void SignInDialog::focusFirstField()
{
    if (m_tabs->currentIndex() == 0)
        m_pin->setFocus();
    else
        (m_loginId->isReadOnly() ? m_password : m_loginId)->setFocus();
}

void SignInDialog::onCardPresented(const QString &cardId)
{
    m_cardId = cardId.toUpper();
    m_cardState->setText(tr("The card has been read. Enter your PIN."));
    m_tabs->setCurrentIndex(0);
    m_error->hide();
    m_pin->setFocus();
}

void SignInDialog::onCardRemoved()
{
    // The identifier read stays: staff often lift the card before typing the PIN.
}

void SignInDialog::submit()
{
    m_error->hide();
    ApiReply *r = nullptr;
    const bool passwordTab = m_tabs->currentIndex() != 0;
    if (!passwordTab) {
        if (m_cardId.isEmpty())
            return showError(tr("Hold your staff ID card over the card reader."));
        if (m_pin->text().isEmpty())
            return showError(tr("Enter your PIN."));
        r = m_api->signInWithCard(m_cardId, m_pin->text());
    } else {
        if (m_loginId->text().trimmed().isEmpty() || m_password->text().isEmpty())
            return showError(tr("Enter your staff ID and password."));
        r = m_api->signIn(m_loginId->text().trimmed(), m_password->text());
    }
    setBusy(true);
    connect(r, &ApiReply::finished, this, [this, r, passwordTab] {
        setBusy(false);
        m_pin->clear();
        m_password->clear();
        if (!r->ok())
            return showError(r->error().message());
        // A temporary password (set by an administrator) must be replaced before anything else;
        // the server refuses other requests until then. IC-card sign-ins are not affected.
        if (passwordTab && m_api->user().mustChangePassword) {
            ChangePasswordDialog change(m_api, /*firstSignIn=*/true, this);
            if (change.exec() != QDialog::Accepted) {
                m_api->signOut();
                return showError(tr("Sign-in was not completed: the temporary password must be "
                                    "changed first."));
            }
            m_api->passwordChanged();
        }
        accept();
    });
}

void SignInDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void SignInDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

} // namespace kikan::client
