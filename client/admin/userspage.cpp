// UsersPage: table and actions; each action is one request, then the list is read again.
#include "userspage.h"

#include "listlayout.h"

#include "carddialog.h"
#include "userdialog.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/endpoints.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
QString userPath(const QJsonObject &user, const QString &suffix = {})
{
    return QString::fromLatin1(api::path::Users) + QLatin1Char('/')
           + QString::number(user.value(QStringLiteral("id")).toVariant().toLongLong()) + suffix;
}
} // namespace

UsersPage::UsersPage(ApiClient *api, CardReader *reader, QWidget *parent)
    : QWidget(parent), m_api(api), m_reader(reader)
{
    m_table = makeListTable({tr("Staff ID"), tr("Name"), tr("State"), tr("Groups"), tr("Cards"),
                             tr("Last sign-in")},
                            this);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &UsersPage::editUser);

    const auto button = [this](const QString &text, void (UsersPage::*slot)()) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    QPushButton *create = button(tr("New..."), &UsersPage::createUser);
    m_edit = button(tr("Edit..."), &UsersPage::editUser);
    m_disable = button(tr("Disable"), &UsersPage::toggleDisabled);
    m_unlock = button(tr("Unlock"), &UsersPage::unlock);
    m_reset = button(tr("Reset password..."), &UsersPage::resetPassword);
    m_bind = button(tr("Register card..."), &UsersPage::bindCard);
    m_revoke = button(tr("Revoke card..."), &UsersPage::revokeCard);
    QPushButton *refresh = button(tr("Refresh"), &UsersPage::reload);
    m_status = layOutListPage(this, m_table,
                              {create, m_edit, m_disable, m_unlock, m_reset, m_bind, m_revoke},
                              refresh);
    updateButtons();
}

void UsersPage::reload()
{
    ApiReply *groups = m_api->get(QString::fromLatin1(api::path::Groups));
    connect(groups, &ApiReply::finished, this, [this, groups] {
        if (!groups->ok())
            return m_status->setText(groups->error().message());
        const QJsonArray groupList = groups->result().list(QStringLiteral("groups"));
        ApiReply *users = m_api->get(QString::fromLatin1(api::path::Users));
        connect(users, &ApiReply::finished, this, [this, users, groupList] {
            if (!users->ok())
                return m_status->setText(users->error().message());
            showUsers(users->result().list(QStringLiteral("users")), groupList);
        });
    });
}

void UsersPage::showUsers(const QJsonArray &users, const QJsonArray &groups)
{
    m_users = users;
    m_groups = groups;
    QHash<qint64, QString> groupNames;
    for (const QJsonValue &g : groups)
        groupNames.insert(g[QStringLiteral("id")].toVariant().toLongLong(),
                          g[QStringLiteral("name")].toString());
    m_table->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const QJsonObject u = users[row].toObject();
        QStringList state;
        if (u.value(QStringLiteral("disabled")).toBool())
            state << tr("Disabled");
        if (u.value(QStringLiteral("locked")).toBool())
            state << tr("Locked");
        QStringList names;
        for (const QJsonValue &id : u.value(QStringLiteral("groupIds")).toArray())
            names << groupNames.value(id.toVariant().toLongLong(), id.toVariant().toString());
        const QDateTime last = QDateTime::fromString(
            u.value(QStringLiteral("lastSignInAt")).toString(), Qt::ISODateWithMs);
        const QStringList cells{
            u.value(QStringLiteral("loginId")).toString(),
            u.value(QStringLiteral("displayName")).toString(),
            state.isEmpty() ? tr("In use") : state.join(tr(", ")),
            names.join(tr(", ")),
            QString::number(u.value(QStringLiteral("cards")).toArray().size()),
            last.isValid() ? last.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                           : QString(),
        };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n staff user(s).", nullptr, int(users.size())));
    updateButtons();
}

QJsonObject UsersPage::selectedUser() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size() || m_table->selectedItems().isEmpty())
        return {};
    return m_users[row].toObject();
}

void UsersPage::updateButtons()
{
    const QJsonObject u = selectedUser();
    const bool any = !u.isEmpty();
    for (QPushButton *b : {m_edit, m_disable, m_unlock, m_reset, m_bind})
        b->setEnabled(any);
    m_unlock->setEnabled(any && u.value(QStringLiteral("locked")).toBool());
    m_revoke->setEnabled(any && !u.value(QStringLiteral("cards")).toArray().isEmpty());
    m_disable->setText(any && u.value(QStringLiteral("disabled")).toBool() ? tr("Enable")
                                                                           : tr("Disable"));
}

void UsersPage::createUser()
{
    UserDialog dialog(m_api, m_groups, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersPage::editUser()
{
    const QJsonObject u = selectedUser();
    if (u.isEmpty())
        return;
    UserDialog dialog(m_api, m_groups, u, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersPage::toggleDisabled()
{
    const QJsonObject u = selectedUser();
    const bool disabled = u.value(QStringLiteral("disabled")).toBool();
    const QString question = disabled ? tr("Allow %1 to sign in again?")
                                      : tr("Stop %1 from signing in?");
    if (!askYesNo(this, tr("Staff users"),
                              question.arg(u.value(QStringLiteral("displayName")).toString())))
        return;
    act(m_api->post(userPath(u, disabled ? QStringLiteral("/enable")
                                         : QStringLiteral("/disable"))),
        disabled ? tr("Enabled.") : tr("Disabled."));
}

void UsersPage::unlock()
{
    act(m_api->post(userPath(selectedUser(), QStringLiteral("/unlock"))), tr("Unlocked."));
}

void UsersPage::resetPassword()
{
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Reset password"),
        tr("New password for %1 (they must change it at the next sign-in):")
            .arg(selectedUser().value(QStringLiteral("displayName")).toString()),
        QLineEdit::Password, {}, &ok);
    if (!ok || password.isEmpty())
        return;
    act(m_api->post(userPath(selectedUser(), QStringLiteral("/reset-password")),
                    {{QStringLiteral("password"), password}}),
        tr("The password has been reset."));
}

void UsersPage::bindCard()
{
    const QJsonObject u = selectedUser();
    CardDialog dialog(m_reader, u.value(QStringLiteral("displayName")).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    act(m_api->post(userPath(u, QStringLiteral("/cards")),
                    {{QStringLiteral("cardId"), dialog.cardId()}}),
        tr("The card has been registered."));
}

void UsersPage::revokeCard()
{
    const QJsonObject u = selectedUser();
    QStringList cards;
    for (const QJsonValue &c : u.value(QStringLiteral("cards")).toArray())
        cards << c[QStringLiteral("cardId")].toString();
    bool ok = false;
    const QString card = QInputDialog::getItem(this, tr("Revoke card"),
                                               tr("Card to revoke:"), cards, 0, false, &ok);
    if (!ok || card.isEmpty())
        return;
    act(m_api->remove(userPath(u, QStringLiteral("/cards/") + card)),
        tr("The card has been revoked."));
}

void UsersPage::act(ApiReply *reply, const QString &done)
{
    connect(reply, &ApiReply::finished, this, [this, reply, done] {
        if (!reply->ok()) {
            QMessageBox::warning(this, tr("Staff users"), reply->error().message());
            return;
        }
        m_status->setText(done);
        reload();
    });
}

} // namespace kikan::client
