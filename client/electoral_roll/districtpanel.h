// The 投票区 table (公職選挙法第17条) as the 選挙管理委員会's staff edit it: each 投票区 with its
// name, 投票所 and 町字コード; saving needs electoral_roll:administer and the version read (a change
// made elsewhere meanwhile is refused, a 町字 of another 投票区 too).
#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kikan::client {

class ApiClient;

class DistrictPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DistrictPanel(ApiClient *api, QWidget *parent = nullptr);

    void reload();
    // Fills the form: the selected 投票区 (or a new one with number `no`).
    void edit(int no, const QString &name, const QString &place, const QString &areas);
    void save();
    QTableWidget *table() const { return m_table; }
    QString errorText() const;

Q_SIGNALS:
    void loaded();
    void saved();
    void failed();

private:
    void showSelected();

    ApiClient *m_api;
    QJsonArray m_districts;
    int m_version = 0; // 0: a new 投票区
    QTableWidget *m_table;
    QSpinBox *m_no;
    QLineEdit *m_name;
    QLineEdit *m_place;
    QLineEdit *m_areas;
    QPushButton *m_save;
    QLabel *m_message;
};

} // namespace kikan::client
