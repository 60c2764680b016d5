// 照会 of the 選挙人名簿: electors found by 宛名番号 or フリガナ, and the history of the selected
// registration (登録, 表示, 抹消 with the legal article and the 異動 that caused it).
#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace kikan::client {

class ApiClient;

class ElectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ElectorPanel(ApiClient *api, QWidget *parent = nullptr);

    // Digits search by 宛名番号, anything else by フリガナ (prefix).
    void search(const QString &text);
    QTableWidget *table() const { return m_table; }
    QListWidget *history() const { return m_history; }

Q_SIGNALS:
    void loaded();

private:
    void showSelected();

    ApiClient *m_api;
    QJsonArray m_electors;
    QLineEdit *m_query;
    QTableWidget *m_table;
    QListWidget *m_history;
    QLabel *m_message;
};

} // namespace kikan::client
