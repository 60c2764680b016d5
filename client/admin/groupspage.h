// グループと権限: the list of groups (create, edit, delete); rights are edited in GroupDialog.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace kikan::client {

class ApiClient;

class GroupsPage : public QWidget
{
    Q_OBJECT
public:
    explicit GroupsPage(ApiClient *api, QWidget *parent = nullptr);
    void reload();
    void showGroups(const QJsonArray &groups);

Q_SIGNALS:
    void groupsChanged();

private:
    // The group of the current row, if a row is current.
    std::optional<QJsonObject> currentGroup() const;
    // Edits `group` (empty: a new one) in GroupDialog; reloads when it was saved.
    void runGroupDialog(const QJsonObject &group);
    void createGroup();
    void editGroup();
    void deleteGroup();

    ApiClient *m_api;
    QTableWidget *m_table;
    QLabel *m_status;
    QJsonArray m_groups;
};

} // namespace kikan::client
