// A person's 納付状況 by 宛名番号: every 調定 (税目, 年度, 期別, 通知書番号, 納期限) with its
// amount, what was paid, what is still owed, the 延滞金 charged and the 過誤納 its receipts left,
// with the totals below; the receipts of the selected 調定 listed.
#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace kikan::client {

class ApiClient;

class PaymentStatusTab : public QWidget
{
    Q_OBJECT
public:
    explicit PaymentStatusTab(ApiClient *api, QWidget *parent = nullptr);

    void showParty(qint64 partyNo);
    QTableWidget *table() const { return m_table; }
    QString totals() const;
    QString errorText() const;

Q_SIGNALS:
    void loaded();

private:
    void show(const QJsonArray &assessments);
    void showReceipts();

    ApiClient *m_api;
    QJsonArray m_assessments;
    QLineEdit *m_party;
    QTableWidget *m_table;
    QLabel *m_totals;
    QListWidget *m_receipts;
    QLabel *m_message;
};

} // namespace kikan::client
