// GroupsPage: GET/POST /admin/groups, DELETE /admin/groups/{id}.
#include "groupspage.h"

#include "listlayout.h"

#include "groupdialog.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/endpoints.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

GroupsPage::GroupsPage(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    m_table = makeListTable({tr("Group"), tr("Description"), tr("Rights")}, this);
    connect(m_table, &QTableWidget::itemActivated, this, &GroupsPage::editGroup);
    auto *create = new QPushButton(tr("New..."), this);
    auto *edit = new QPushButton(tr("Edit..."), this);
    auto *remove = new QPushButton(tr("Delete"), this);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    connect(create, &QPushButton::clicked, this, &GroupsPage::createGroup);
    connect(edit, &QPushButton::clicked, this, &GroupsPage::editGroup);
    connect(remove, &QPushButton::clicked, this, &GroupsPage::deleteGroup);
    connect(refresh, &QPushButton::clicked, this, &GroupsPage::reload);
    m_status = layOutListPage(this, m_table, {create, edit, remove}, refresh);
}

void GroupsPage::reload()
{
    ApiReply *r = m_api->get(QString::fromLatin1(api::path::Groups));
    connect(r, &ApiReply::finished, this, [this, r] {
        if (!r->ok())
            return m_status->setText(r->error().message());
        showGroups(r->result().list(QStringLiteral("groups")));
    });
}

void GroupsPage::showGroups(const QJsonArray &groups)
{
    m_groups = groups;
    m_table->setRowCount(int(groups.size()));
    for (int row = 0; row < groups.size(); ++row) {
        const QJsonObject g = groups[row].toObject();
        m_table->setItem(row, 0, new QTableWidgetItem(g.value(QStringLiteral("name")).toString()));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(g.value(QStringLiteral("description")).toString()));
        m_table->setItem(row, 2, new QTableWidgetItem(QString::number(
                                     g.value(QStringLiteral("rights")).toArray().size())));
    }
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n group(s).", nullptr, int(groups.size())));
}

std::optional<QJsonObject> GroupsPage::currentGroup() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_groups.size())
        return std::nullopt;
    return m_groups[row].toObject();
}

void GroupsPage::runGroupDialog(const QJsonObject &group)
{
    GroupDialog dialog(m_api, group, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit groupsChanged();
    }
}

void GroupsPage::createGroup()
{
    runGroupDialog({});
}

void GroupsPage::editGroup()
{
    if (const std::optional<QJsonObject> g = currentGroup())
        runGroupDialog(*g);
}

void GroupsPage::deleteGroup()
{
    const std::optional<QJsonObject> current = currentGroup();
    if (!current)
        return;
    const QJsonObject &g = *current;
    if (!askYesNo(this, tr("Groups and rights"),
                              tr("Delete the group %1? Its members lose its rights.")
                                  .arg(g.value(QStringLiteral("name")).toString())))
        return;
    ApiReply *r = m_api->remove(QString::fromLatin1(api::path::Groups) + QLatin1Char('/')
                                + g.value(QStringLiteral("id")).toVariant().toString());
    connect(r, &ApiReply::finished, this, [this, r] {
        if (!r->ok())
            return (void)QMessageBox::warning(this, tr("Groups and rights"),
                                              r->error().message());
        reload();
        emit groupsChanged();
    });
}

} // namespace kikan::client
