// パスワードの変更 (see changepassworddialog.h). The rules are the server's: its answer
// (auth.password_policy with the rule broken) is shown as it comes.
#include "changepassworddialog.h"

#include "buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/endpoints.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kikan::client {

ChangePasswordDialog::ChangePasswordDialog(ApiClient *api, bool firstSignIn, QWidget *parent)
    : QDialog(parent), m_api(api)
{
    setWindowTitle(tr("Change password"));
    auto *layout = new QVBoxLayout(this);
    if (firstSignIn) {
        auto *why = new QLabel(tr("You signed in with a temporary password set by an "
                                  "administrator. Choose your own password to continue."), this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto *form = new QFormLayout;
    m_current = new QLineEdit(this);
    m_new = new QLineEdit(this);
    m_repeat = new QLineEdit(this);
    for (QLineEdit *e : {m_current, m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Current password:"), m_current);
    form->addRow(tr("New password:"), m_new);
    form->addRow(tr("New password again:"), m_repeat);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    m_ok = addOkCancelButtons(this, layout, [this] { submit(); })->button(QDialogButtonBox::Ok);
    setMinimumWidth(420);
}

void ChangePasswordDialog::submit()
{
    m_error->hide();
    auto fail = [this](const QString &message, QLineEdit *field) {
        m_error->setText(message);
        m_error->show();
        field->setFocus();
    };
    if (m_current->text().isEmpty())
        return fail(tr("Enter your current password."), m_current);
    if (m_new->text().isEmpty())
        return fail(tr("Enter a new password."), m_new);
    if (m_new->text() != m_repeat->text())
        return fail(tr("The two new passwords differ. Enter the same password twice."), m_repeat);
    if (m_new->text() == m_current->text())
        return fail(tr("The new password must differ from the current one."), m_new);
    m_ok->setEnabled(false);
    ApiReply *r = m_api->post(QString::fromLatin1(api::path::ChangePassword),
                              {{QStringLiteral("currentPassword"), m_current->text()},
                               {QStringLiteral("newPassword"), m_new->text()}});
    connect(r, &ApiReply::finished, this, [this, r, fail] {
        m_ok->setEnabled(true);
        if (!r->ok())
            return fail(r->error().message(), m_new);
        accept();
    });
}

} // namespace kikan::client
