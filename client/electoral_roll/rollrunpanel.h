// 定時登録 and 選挙時登録: the run's parameters, a dry run listing who would be added (and who is
// removed four months after moving out), then the run itself — enabled only after a dry run with
// the same parameters, so staff always see the list before anything is written.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kikan::client {

class ApiClient;

class RollRunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RollRunPanel(ApiClient *api, QWidget *parent = nullptr);

    // kind: periodic | election.
    void setRun(const QString &kind, QDate registrationDate, QDate baseDate,
                const QString &electionName);
    void dryRun();
    void apply();
    QTableWidget *table() const { return m_table; }
    QPushButton *applyButton() const { return m_apply; }
    QString summary() const;

Q_SIGNALS:
    void finished();

private:
    QJsonObject request(bool dryRun) const;
    void send(bool dryRun);
    void updateFields();

    ApiClient *m_api;
    QJsonObject m_checked; // the parameters of the last dry run
    QComboBox *m_kind;
    QDateEdit *m_registrationDate;
    QDateEdit *m_baseDate;
    QLineEdit *m_election;
    QPushButton *m_dryRun;
    QPushButton *m_apply;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace kikan::client
