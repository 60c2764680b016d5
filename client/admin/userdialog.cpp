// UserDialog: POST /admin/users or PUT /admin/users/{id}.
#include "userdialog.h"

#include "saverecord.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/endpoints.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kikan::client {

UserDialog::UserDialog(ApiClient *api, const QJsonArray &groups, const QJsonObject &user,
                       QWidget *parent)
    : QDialog(parent), m_api(api), m_user(user)
{
    const bool creating = user.isEmpty();
    setWindowTitle(creating ? tr("New staff user") : tr("Edit staff user"));
    m_loginId = new QLineEdit(user.value(QStringLiteral("loginId")).toString(), this);
    m_loginId->setReadOnly(!creating);
    m_displayName = new QLineEdit(user.value(QStringLiteral("displayName")).toString(), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Staff ID:"), m_loginId);
    form->addRow(tr("Name:"), m_displayName);
    if (creating) {
        m_password = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        form->addRow(tr("First password:"), m_password);
    }
    m_groups = new QListWidget(this);
    QSet<qint64> member;
    for (const QJsonValue &id : user.value(QStringLiteral("groupIds")).toArray())
        member.insert(id.toVariant().toLongLong());
    for (const QJsonValue &g : groups) {
        const qint64 id = g[QStringLiteral("id")].toVariant().toLongLong();
        auto *item = new QListWidgetItem(g[QStringLiteral("name")].toString(), m_groups);
        item->setData(Qt::UserRole, id);
        item->setCheckState(member.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    form->addRow(tr("Groups:"), m_groups);
    m_error = makeErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    addOkCancelButtons(this, layout, [this] { submit(); });
    setMinimumWidth(460);
}

void UserDialog::submit()
{
    QJsonArray groupIds;
    for (int i = 0; i < m_groups->count(); ++i) {
        if (m_groups->item(i)->checkState() == Qt::Checked)
            groupIds.append(m_groups->item(i)->data(Qt::UserRole).toLongLong());
    }
    QJsonObject body{{QStringLiteral("displayName"), m_displayName->text().trimmed()},
                     {QStringLiteral("groupIds"), groupIds}};
    if (m_user.isEmpty()) {
        body.insert(QStringLiteral("loginId"), m_loginId->text().trimmed());
        body.insert(QStringLiteral("password"), m_password->text());
    }
    ApiReply *r = saveRecord(m_api, api::path::Users, m_user, body);
    connect(r, &ApiReply::finished, this, [this, r] {
        if (r->ok())
            return accept();
        QString text = r->error().message();
        for (auto it = r->error().fields.begin(); it != r->error().fields.end(); ++it)
            text += QLatin1Char('\n') + it.value().toString();
        m_error->setText(text);
        m_error->show();
    });
}

} // namespace kikan::client
