// グループの登録・編集: name, description and the rights matrix (areas × actions as checkboxes);
// the right to see My Numbers (個人番号の閲覧) is a column of its own, set apart from the rest.
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QSet>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace kikan::client {

class ApiClient;

class GroupDialog : public QDialog
{
    Q_OBJECT
public:
    // group: empty to create a new one.
    GroupDialog(ApiClient *api, const QJsonObject &group, QWidget *parent = nullptr);
    // The rights ticked in the matrix, "area:action".
    QSet<QString> rights() const;
    void setRights(const QSet<QString> &rights);
    QTableWidget *matrix() const { return m_matrix; }

private:
    void submit();

    ApiClient *m_api;
    QJsonObject m_group;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QTableWidget *m_matrix;
    QLabel *m_error;
};

} // namespace kikan::client
